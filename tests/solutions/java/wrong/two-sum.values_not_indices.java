// expect: WA
// Returns the two values instead of their indices.
class Solution {
    public int[] twoSum(int[] nums, int target) {
        Set<Integer> seen = new HashSet<>();
        for (int x : nums) {
            if (seen.contains(target - x)) return new int[] {target - x, x};
            seen.add(x);
        }
        return new int[0];
    }
}
