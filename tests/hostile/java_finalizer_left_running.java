// expect: RE
// message: thread
// backends: docker local
// cases: example-1 example-2
// later: AC
// limits: time_ms=2000
/* Leaves its own code running after it answers, on a thread that is the JVM's and not the
case's: on the first case it drops an object whose finalize() never returns (it sleeps, holding
an interned string), and calls System.gc() until the JVM's Finalizer thread has entered it.
The second case answers right only if, after a collection, that string is not interned by
anyone else (its own copy is the canonical one), that is, only if the first case's finalizer is
gone. Code of a case still
running after it is a thread left running: RE, and a clean JVM for the next case, which is AC. */
class Solution {
    static volatile boolean entered;

    static String key(int[] nums) {
        // Built at run time, so that no constant of this class interns it.
        return new StringBuilder("hostile-finalizer-").append(nums.length * 0 + 7).toString();
    }

    static final class Lingering {
        private final String key;

        Lingering(String key) {
            this.key = key;
        }

        @Override
        protected void finalize() {
            String held = key.intern();
            entered = true;
            for (;;) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException ignored) {
                    // not stopping
                }
                if (held.isEmpty()) return;  // never: keeps held alive
            }
        }
    }

    public int[] twoSum(int[] nums, int target) {
        System.gc();  // clears what an earlier case interned and no longer holds
        String probe = key(nums);
        if (probe.intern() != probe) return new int[] {0, 0};  // an earlier case's finalizer lives
        if (nums.length == 4 && target == 9) {  // example-1 only
            new Lingering(key(nums));
            for (int round = 0; round < 200 && !entered; round++) {
                System.gc();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException ignored) {
                    // try again
                }
            }
        }
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) return new int[] {j, i};
            seen.put(nums[i], i);
        }
        return new int[0];
    }
}
