// expect: MLE
// backends: docker local
// limits: time_ms=2000
/* Keeps 1 MB arrays, each written, without end: past the heap's limit (-Xmx from the memory
limit) the JVM throws OutOfMemoryError, or the cgroup's OOM killer ends the JVM first; either
is MLE, never RE. Filling 64 MB takes about 75 ms of CPU, most of the tight 100 ms a Java case
gets: the limits leave room for it. */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        List<byte[]> blocks = new ArrayList<>();
        for (;;) {
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'x');
            blocks.add(block);
        }
    }
}
