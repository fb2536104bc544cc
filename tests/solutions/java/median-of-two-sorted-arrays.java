// Binary search on the partition of the shorter array: O(log(min(m, n))).
class Solution {
    public double findMedianSortedArrays(int[] nums1, int[] nums2) {
        if (nums1.length > nums2.length) return findMedianSortedArrays(nums2, nums1);
        int m = nums1.length, n = nums2.length, half = (m + n + 1) / 2;
        int lo = 0, hi = m;
        while (lo <= hi) {
            int i = (lo + hi) / 2, j = half - i;
            long left1 = i > 0 ? nums1[i - 1] : Long.MIN_VALUE, right1 = i < m ? nums1[i] : Long.MAX_VALUE;
            long left2 = j > 0 ? nums2[j - 1] : Long.MIN_VALUE, right2 = j < n ? nums2[j] : Long.MAX_VALUE;
            if (left1 <= right2 && left2 <= right1) {
                long left = Math.max(left1, left2);
                if ((m + n) % 2 == 1) return left;
                return (left + Math.min(right1, right2)) / 2.0;
            }
            if (left1 > right2) hi = i - 1; else lo = i + 1;
        }
        throw new IllegalArgumentException("inputs are not sorted");
    }
}
