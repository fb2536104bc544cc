// expect: OLE
// message: stdout
// backends: docker local
/* Prints forever with System.out.println: the per-case output cap (the same 8 KB as Python's
and C++'s under these limits) ends it as OLE, whether the driver's bounded buffer or the file
size limit stops it first. */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        for (;;) System.out.println("debug line that never ends");
    }
}
