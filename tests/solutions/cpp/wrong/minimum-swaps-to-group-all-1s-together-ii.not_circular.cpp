// expect: WA
// Slides the window over the array as if it were not circular.
class Solution {
public:
    int minSwaps(vector<int>& nums) {
        int ones = accumulate(nums.begin(), nums.end(), 0);
        int inside = accumulate(nums.begin(), nums.begin() + ones, 0), best = inside;
        for (int right = ones; right < (int)nums.size(); ++right) {
            inside += nums[right] - nums[right - ones];
            best = max(best, inside);
        }
        return ones - best;
    }
};
