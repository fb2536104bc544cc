// expect: RE
// Recursive k-th element that checks only the first array for emptiness: an empty nums2 (as input
// or after slicing) throws ArrayIndexOutOfBoundsException.
class Solution {
    private int kth(int[] a, int[] b, int k) {
        if (a.length == 0) return b[k - 1];
        if (k == 1) return Math.min(a[0], b[0]);
        int i = Math.min(a.length, k / 2), j = Math.min(b.length, k / 2);
        if (a[i - 1] <= b[j - 1]) return kth(Arrays.copyOfRange(a, i, a.length), b, k - i);
        return kth(a, Arrays.copyOfRange(b, j, b.length), k - j);
    }

    public double findMedianSortedArrays(int[] nums1, int[] nums2) {
        int total = nums1.length + nums2.length;
        if (total % 2 == 1) return kth(nums1, nums2, total / 2 + 1);
        return (kth(nums1, nums2, total / 2) + kth(nums1, nums2, total / 2 + 1)) / 2.0;
    }
}
