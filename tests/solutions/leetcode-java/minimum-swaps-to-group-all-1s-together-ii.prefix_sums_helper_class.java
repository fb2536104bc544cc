import java.util.Arrays;

// Prefix sums over the array written out twice, kept in a small helper class of their own.
class PrefixSums {
    private final int[] pre;

    PrefixSums(int[] a) {
        pre = new int[a.length + 1];
        for (int i = 0; i < a.length; i++) pre[i + 1] = pre[i] + a[i];
    }

    int sum(int from, int to) {  // a[from..to)
        return pre[to] - pre[from];
    }
}

class Solution {
    public int minSwaps(int[] nums) {
        int n = nums.length;
        int ones = Arrays.stream(nums).sum();
        int[] doubled = new int[2 * n];
        for (int i = 0; i < 2 * n; i++) doubled[i] = nums[i % n];
        PrefixSums ps = new PrefixSums(doubled);
        int ans = Integer.MAX_VALUE;
        for (int start = 0; start < n; start++) {
            int zeros = ones - ps.sum(start, start + ones);
            ans = Math.min(ans, zeros);
        }
        return ans == Integer.MAX_VALUE ? 0 : ans;
    }
}
