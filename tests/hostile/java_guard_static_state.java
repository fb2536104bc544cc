// expect: AC
// backends: docker local
// cases: example-1 example-2 example-3
// later: AC
/* Counts its calls in a static field, and in a static field of a JDK class it can reach
(System properties are denied): every case loads the solution's classes afresh, so the
count is 1 in every case, or it answers wrong. */
class Solution {
    static int calls = 0;

    public int[] twoSum(int[] nums, int target) {
        calls++;
        if (calls != 1) return new int[] {0, 0};
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; ; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) return new int[] {j, i};
            seen.put(nums[i], i);
        }
    }
}
