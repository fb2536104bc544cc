class Solution {
    public int minSwaps(int[] nums) {
        int n = nums.length;
        int k = IntStream.of(nums).sum();  // java.util.stream, imported by LeetCode's editor
        if (k == 0) return 0;
        // walk the array twice (i % n) with a window of size k, counting the 1s inside
        int cnt = 0, mx = 0;
        for (int i = 0; i < n + k; i++) {
            cnt += nums[i % n];
            if (i >= k) cnt -= nums[(i - k) % n];
            if (i >= k - 1) mx = Math.max(mx, cnt);
        }
        return k - mx;
    }
}
