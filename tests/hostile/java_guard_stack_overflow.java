// expect: RE
// message: StackOverflowError
// backends: docker local
// limits: time_ms=3000
/* Recurses without end: a StackOverflowError on the case thread's 64 MB stack, RE (filling
64 MB of stack takes about 150 ms of CPU, more than the tight limit). */
class Solution {
    int down(int n) { return down(n + 1) + 1; }

    public int[] twoSum(int[] nums, int target) {
        return new int[] {down(0), 1};
    }
}
