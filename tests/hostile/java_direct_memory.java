// expect: MLE
// backends: docker local
/* Grows off the heap: direct ByteBuffers of 1 MB, each written, without end. They are not
heap, but they are the process's memory: the JVM's bound on direct memory (OutOfMemoryError:
Direct buffer memory) or the cgroup's OOM killer ends it, and either is MLE. */
import java.nio.ByteBuffer;

class Solution {
    public int[] twoSum(int[] nums, int target) {
        List<ByteBuffer> blocks = new ArrayList<>();
        for (;;) {
            ByteBuffer block = ByteBuffer.allocateDirect(1 << 20);
            while (block.hasRemaining()) block.put((byte) 'x');
            blocks.add(block);
        }
    }
}
