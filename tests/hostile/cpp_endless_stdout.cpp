// expect: OLE
// message: stdout
// backends: docker local
/* Prints forever with cout: the 8 KB output cap (RLIMIT_FSIZE on the capture file, SIGXFSZ
restored to its default before exec) ends it as OLE. */
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        for (;;) cout << "debug line that never ends\n";
    }
};
