// expect: AC
// backends: docker local
// cases: example-1 example-2 example-3
// later: AC
/* Counts its calls in a static and answers right only on the first call of its process: each
case executes a fresh process image, so every case is a first call and every case is AC; a
judge that ran cases in one process would make every case after the first WA. */
static int calls = 0;
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        if (++calls > 1) return {0, 0};
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)nums.size(); ++i) {
            if (seen.count(target - nums[i])) return {seen[target - nums[i]], i};
            seen[nums[i]] = i;
        }
        return {};
    }
};
