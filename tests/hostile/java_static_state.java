// expect: AC
// backends: docker local
// cases: example-1 example-2 example-3
// later: AC
/* Counts its calls in a static field and answers right only on the first call since its class
was loaded: each case loads the solution's classes afresh (a new class loader in the one JVM),
so every case is a first call and every case is AC; a judge that reused the classes across
cases would make every case after the first WA. */
class Solution {
    static int calls = 0;

    public int[] twoSum(int[] nums, int target) {
        if (++calls > 1) return new int[] {0, 0};
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) return new int[] {j, i};
            seen.put(nums[i], i);
        }
        return new int[0];
    }
}
