class Solution {
public:
    int minSwaps(vector<int>& nums) {
        int n = nums.size(), ones = accumulate(nums.begin(), nums.end(), 0);
        if (ones == 0) return 0;
        int window = 0;
        for (int i = 0; i < ones; ++i) window += nums[i];
        int best = window;
        for (int i = 1; i < n; ++i) {
            window += nums[(i + ones - 1) % n] - nums[i - 1];
            best = max(best, window);
        }
        return ones - best;
    }
};
