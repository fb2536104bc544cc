// expect: TLE
// Recounts the zeros of every window from scratch: O(n * ones), quadratic when half the array is 1s.
class Solution {
    public int minSwaps(int[] nums) {
        int n = nums.length, ones = 0;
        for (int x : nums) ones += x;
        int best = ones;
        for (int start = 0; start < n; start++) {
            int zeros = 0;
            for (int k = 0; k < ones; k++)
                if (nums[(start + k) % n] == 0) zeros++;
            best = Math.min(best, zeros);
        }
        return best;
    }
}
