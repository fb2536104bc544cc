// expect: RE
// message: SIGSEGV
// backends: docker local
// limits: memory_mb=256 time_ms=2000
/* Unbounded recursion: the 64 MB stack runs out, the kernel sends SIGSEGV, and that is RE
(with the stack-overflow hint), not a crash of the judge. With a memory limit under the stack's
size, the stack's pages are memory like any other, and that is MLE instead. */
class Solution {
    int down(int n, vector<int>& pad) { pad[n % pad.size()] = n; return down(n + 1, pad) + pad[0]; }
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        return {down(0, nums), 1};
    }
};
