// Sort the indices by value (a boxed Integer[] for the comparator), then close in from both ends.
class Solution {
    public int[] twoSum(int[] nums, int target) {
        int n = nums.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> Integer.compare(nums[a], nums[b]));
        int l = 0, r = n - 1;
        while (l < r) {
            long sum = (long) nums[idx[l]] + nums[idx[r]];
            if (sum == target) {
                int[] res = {idx[l], idx[r]};
                Arrays.sort(res);
                return res;
            } else if (sum < target) {
                l++;
            } else {
                r--;
            }
        }
        return new int[]{-1, -1};
    }
}
