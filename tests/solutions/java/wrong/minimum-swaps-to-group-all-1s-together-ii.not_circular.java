// expect: WA
// Slides the window over the array as if it were not circular.
class Solution {
    public int minSwaps(int[] nums) {
        int ones = 0;
        for (int x : nums) ones += x;
        int inside = 0;
        for (int i = 0; i < ones; i++) inside += nums[i];
        int best = inside;
        for (int right = ones; right < nums.length; right++) {
            inside += nums[right] - nums[right - ones];
            best = Math.max(best, inside);
        }
        return ones - best;
    }
}
