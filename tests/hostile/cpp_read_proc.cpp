// expect: AC
// backends: docker
// cases: example-1 example-2
// later: AC
/* Reads the harness's memory and descriptors through /proc/1 (mem, fd/0, fd/1, environ) to
find the expected answers or write forged frames: the harness is not dumpable, so every open
fails, and the answer is right only when they all did. */
#include <fcntl.h>
#include <unistd.h>
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        int opened = 0;
        for (const char* path : {"/proc/1/mem", "/proc/1/fd/0", "/proc/1/fd/1", "/proc/1/environ", "/proc/1/maps"}) {
            int fd = open(path, path[8] == 'f' && path[11] == '1' ? O_WRONLY : O_RDONLY);
            if (fd >= 0) { ++opened; close(fd); }
        }
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)nums.size(); ++i) {
            if (seen.count(target - nums[i])) return {seen[target - nums[i]] + opened, i};
            seen[nums[i]] = i;
        }
        return {};
    }
};
