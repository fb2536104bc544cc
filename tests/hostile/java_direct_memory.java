// expect: MLE
// backends: docker local
// limits: time_ms=2000
/* Grows off the heap: direct ByteBuffers of 1 MB without end (the JDK zeroes each one, so every
page is touched; one byte per page is written besides). They are not heap, but they are the
process's memory: the JVM's bound on direct memory (OutOfMemoryError: Direct buffer memory) or
the cgroup's OOM killer ends it, and either is MLE. The limits give it the time to get there. */
import java.nio.ByteBuffer;

class Solution {
    public int[] twoSum(int[] nums, int target) {
        List<ByteBuffer> blocks = new ArrayList<>();
        for (;;) {
            ByteBuffer block = ByteBuffer.allocateDirect(1 << 20);
            for (int i = 0; i < block.capacity(); i += 4096) block.put(i, (byte) 'x');
            blocks.add(block);
        }
    }
}
