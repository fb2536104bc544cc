# expect: RE
# Recursive k-th element that checks only the first array for emptiness: an empty nums2 (as input or after slicing) raises IndexError.
class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        def kth(a, b, k):
            if not a:
                return b[k - 1]
            if k == 1:
                return min(a[0], b[0])
            i = min(len(a), k // 2)
            j = min(len(b), k // 2)
            if a[i - 1] <= b[j - 1]:
                return kth(a[i:], b, k - i)
            return kth(a, b[j:], k - j)

        total = len(nums1) + len(nums2)
        if total % 2:
            return float(kth(nums1, nums2, total // 2 + 1))
        return (kth(nums1, nums2, total // 2) + kth(nums1, nums2, total // 2 + 1)) / 2
