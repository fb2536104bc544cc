// expect: WA
// Averages the two middle values with integer division: 2.5 becomes 2.
class Solution {
    public double findMedianSortedArrays(int[] nums1, int[] nums2) {
        int[] all = new int[nums1.length + nums2.length];
        System.arraycopy(nums1, 0, all, 0, nums1.length);
        System.arraycopy(nums2, 0, all, nums1.length, nums2.length);
        Arrays.sort(all);
        int n = all.length;
        if (n % 2 == 1) return all[n / 2];
        return (all[n / 2 - 1] + all[n / 2]) / 2;
    }
}
