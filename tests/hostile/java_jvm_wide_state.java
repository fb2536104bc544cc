// expect: AC
// backends: docker local
// cases: example-1 example-2 example-3
// later: AC
// limits: time_ms=2000
// xfail[docker]: one JVM per submission: thread ids (and other JVM-wide counters) carry over from case to case
// xfail[local]: one JVM per submission: thread ids (and other JVM-wide counters) carry over from case to case
/* Keeps state across cases without a single static field: Thread objects get ids from one
JVM-wide counter, which a fresh class loader does not reset. It answers right only when a
Thread it creates gets an id under 2,500 (a fresh JVM has a few dozen threads), and on its
first case uses up 5,000 ids (threads created, never started) so that every later case in the
same JVM sees a larger one. Every case would be AC if each started from a clean JVM, as each C++ and Python case
starts from a clean process; in one JVM per submission the later cases are WA: a known limit
of that design, kept here as a strict xfail so that it stays stated until it is lifted. */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        if (new Thread().getId() >= 2_500) return new int[] {0, 0};
        for (int i = 0; i < 5_000; i++) new Thread();
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) return new int[] {j, i};
            seen.put(nums[i], i);
        }
        return new int[0];
    }
}
