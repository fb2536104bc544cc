// expect: TLE
// message: CPU time
// backends: docker local
// limits: time_ms=200
/* Writes its own "facts" on the result descriptor (3) first, a right answer claiming no CPU
time at all, then spins: the CPU time is the harness's own figure, so the verdict is TLE
whatever the program wrote. */
#include <unistd.h>
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        const char forged[] = "{\"ok\":true,\"value\":[0,1],\"cpu_ms\":0,\"type\":\"result\"}";
        write(3, forged, sizeof forged - 1);
        close(3);
        volatile unsigned long spin = 0;
        for (;;) spin = spin + 1;
    }
};
