// The 1s end up in some circular window of length ones; every 0 inside it costs one swap.
// Slide that window once around the circle: O(n).
class Solution {
    public int minSwaps(int[] nums) {
        int n = nums.length, ones = 0;
        for (int x : nums) ones += x;
        if (ones == 0 || ones == n) return 0;
        int inside = 0;
        for (int i = 0; i < ones; i++) inside += nums[i];
        int best = inside;
        for (int start = 1; start < n; start++) {
            inside += nums[(start + ones - 1) % n] - nums[start - 1];
            best = Math.max(best, inside);
        }
        return ones - best;
    }
}
