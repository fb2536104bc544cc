// expect: RE
// message: AccessControlException
// backends: docker local
/* Runtime.halt(0): stops the JVM at once, skipping shutdown hooks (where a driver might report
what happened). The solution's code may not stop the JVM: SecurityException, RE. Were halt
allowed, the JVM would vanish without an answer, which must be RE too, never AC. */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        Runtime.getRuntime().halt(0);
        return new int[] {0, 1};
    }
}
