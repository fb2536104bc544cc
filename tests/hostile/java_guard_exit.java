// expect: RE
// message: exitVM
// backends: docker local
/* Calls System.exit(0) before answering: the SecurityManager refuses, and the
SecurityException it throws is the case's RE; no JVM ends, no case passes by exiting. */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        System.exit(0);
        return new int[] {0, 1};
    }
}
