// expect: WA
// message: expected a list of two indices
// backends: docker local
// limits: memory_mb=512 time_ms=8000
/* Returns an int[] of 10^6 elements, each -1000000000: 12 MB as text, under the result
channel's cap, so it arrives whole; the host must judge it (WA: not two indices) with a bounded
message, as for huge_string.py. The wall-clock limit leaves room for the transfer on a loaded
machine (4 s was once too little for 24 MB). */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        int[] answer = new int[1_000_000];
        Arrays.fill(answer, -1_000_000_000);
        return answer;
    }
}
