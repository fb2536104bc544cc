# follow-up: log-time not met
# Merges both arrays into a new one, then takes the middle: O(m+n) time and space.
class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        merged = []
        i = j = 0
        while i < len(nums1) and j < len(nums2):
            if nums1[i] <= nums2[j]:
                merged.append(nums1[i])
                i += 1
            else:
                merged.append(nums2[j])
                j += 1
        merged.extend(nums1[i:])
        merged.extend(nums2[j:])
        mid = len(merged) // 2
        return float(merged[mid]) if len(merged) % 2 else (merged[mid - 1] + merged[mid]) / 2
