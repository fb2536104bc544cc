// expect: WA
// Builds the whole map first, so x + x == target pairs an element with itself.
class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < nums.length; i++) index.put(nums[i], i);
        for (int i = 0; i < nums.length; i++) {
            Integer j = index.get(target - nums[i]);
            if (j != null) return new int[] {i, j};
        }
        return new int[0];
    }
}
