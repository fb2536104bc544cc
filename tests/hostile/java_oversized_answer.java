// expect: OLE
// message: too large to send back
// backends: docker local
// limits: memory_mb=512 time_ms=8000
/* Returns an int[] of 10^7 elements, each -1000000000: 40 MB in the heap and 120 MB as text,
over the result channel's 64 MB cap (the same for every language). The return value is too
large to send back: OLE, and neither the driver nor the host is taken down by it. */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        int[] answer = new int[10_000_000];
        Arrays.fill(answer, -1_000_000_000);
        return answer;
    }
}
