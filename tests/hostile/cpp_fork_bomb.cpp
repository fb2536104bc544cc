// expect: TLE
// message: CPU time
// backends: docker
// cases: example-1 example-2
// later: AC
// limits: time_ms=100
/* Forks without end on the first case, the children spinning: the pids limit caps the growth,
the CPU of the whole tree ends it as TLE, and the next case starts with none of them alive. */
#include <unistd.h>
static int calls = 0;
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        if (nums.size() == 4 && target == 9) {  // example-1 only
            for (;;) { fork(); }
        }
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)nums.size(); ++i) {
            if (seen.count(target - nums[i])) return {seen[target - nums[i]], i};
            seen[nums[i]] = i;
        }
        return {};
    }
};
