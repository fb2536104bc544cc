# follow-up: log-time not met
# sorted(nums1 + nums2): short and fast in C, but O(m+n) at the very least.
class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        merged = sorted(nums1 + nums2)
        mid = len(merged) // 2
        return float(merged[mid]) if len(merged) % 2 else (merged[mid - 1] + merged[mid]) / 2
