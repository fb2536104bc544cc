// expect: RE
// message: AccessControlException
// backends: docker local
// cases: example-1 example-2
// later: AC
/* Prints the right answer on the first case and calls System.exit(0) before returning it: a
clean exit is not an answer. The solution's code may not stop the JVM, so exit throws
SecurityException: RE, never AC. The JVM lives on (or, were exit allowed, a new one is
started), and the next case, which returns its answer, is AC. */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) {
                if (nums.length == 4 && target == 9) {  // example-1 only
                    System.out.println("[" + j + ", " + i + "]");
                    System.exit(0);
                }
                return new int[] {j, i};
            }
            seen.put(nums[i], i);
        }
        return new int[0];
    }
}
