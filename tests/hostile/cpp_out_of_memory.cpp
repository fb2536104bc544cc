// expect: MLE
// backends: docker local
/* Grows a vector of 1 MB blocks, each written, without end: past the memory limit the
allocation fails (std::bad_alloc under RLIMIT_AS) or the OOM killer strikes; either is MLE. */
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        vector<vector<char>> blocks;
        for (;;) blocks.emplace_back(1 << 20, 'x');
    }
};
