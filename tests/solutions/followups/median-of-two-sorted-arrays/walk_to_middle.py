# follow-up: log-time not met
# Two pointers walk (m+n)/2 steps without storing anything: O(1) space but still O(m+n) time.
class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        total = len(nums1) + len(nums2)
        i = j = 0
        previous = current = 0
        for _ in range(total // 2 + 1):
            previous = current
            if j >= len(nums2) or (i < len(nums1) and nums1[i] <= nums2[j]):
                current = nums1[i]
                i += 1
            else:
                current = nums2[j]
                j += 1
        return float(current) if total % 2 else (previous + current) / 2
