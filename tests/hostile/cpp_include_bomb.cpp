// expect: CE
// message: compiler
// backends: docker
/* Includes /dev/zero: the preprocessor reads an endless file; the compile's memory or time
limit ends it as CE, before anything runs. */
#include "/dev/zero"
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) { return {0, 1}; }
};
