// expect: WA
// Returns the two values instead of their indices.
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        unordered_set<int> seen;
        for (int x : nums) {
            if (seen.count(target - x)) return {target - x, x};
            seen.insert(x);
        }
        return {};
    }
};
