// expect: AC
// backends: docker
// cases: example-1 example-2
// later: AC
/* Raw syscalls against the supervisor: SIGKILL and SIGSTOP to PID 1 (the harness), ptrace
attach to it, setrlimit raising the CPU limit, a new user namespace; every one must fail, and
the answer is right only when they all did. */
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sched.h>
#include <signal.h>
#include <unistd.h>
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        // kill(1) "succeeds" inside the namespace but does nothing to its init: the answer
        // arriving at all shows the harness survived; the others must fail outright.
        syscall(SYS_kill, 1, SIGKILL);
        syscall(SYS_kill, 1, SIGSTOP);
        int worked = 0;
        worked += syscall(SYS_ptrace, PTRACE_ATTACH, 1, 0, 0) == 0;
        struct rlimit unlimited = {RLIM_INFINITY, RLIM_INFINITY};
        worked += setrlimit(RLIMIT_CPU, &unlimited) == 0;
        worked += unshare(CLONE_NEWUSER) == 0;
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)nums.size(); ++i) {
            if (seen.count(target - nums[i])) return {seen[target - nums[i]] + worked, i};
            seen[nums[i]] = i;
        }
        return {};
    }
};
