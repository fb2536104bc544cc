// expect: TLE
// Tries every pair: about 5 * 10^9 pairs on the largest case. Measured in the docker sandbox
// (JDK 17, C2): 0.77 s of CPU on generated-05 and 0.50 s on generated-04, faster than the C++
// brute force (1.2 s): TLE only under a Java limit below that, e.g. a quarter of Python's 2 s.
class Solution {
    public int[] twoSum(int[] nums, int target) {
        int n = nums.length;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (nums[i] + nums[j] == target) return new int[] {i, j};
        return new int[0];
    }
}
