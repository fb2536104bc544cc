// Counts the ones with a parallel stream, which runs on the JVM's shared ForkJoinPool: its
// tasks are done when the stream returns, so nothing of the solution is left running.
import java.util.Arrays;

class Solution {
    public int minSwaps(int[] nums) {
        int n = nums.length;
        int ones = (int) Arrays.stream(nums).parallel().filter(x -> x == 1).count();
        if (ones == 0) return 0;
        int window = 0;
        for (int i = 0; i < ones; i++) window += nums[i];
        int best = window;
        for (int i = 1; i < n; i++) {
            window += nums[(i + ones - 1) % n] - nums[i - 1];
            best = Math.max(best, window);
        }
        return ones - best;
    }
}
