# expect: TLE
# Merges by popping from the front of Python lists: list.pop(0) is O(length), so the merge is quadratic.
class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        a, b = list(nums1), list(nums2)
        merged = []
        while a and b:
            if a[0] <= b[0]:
                merged.append(a.pop(0))
            else:
                merged.append(b.pop(0))
        while a:
            merged.append(a.pop(0))
        while b:
            merged.append(b.pop(0))
        total = len(merged)
        if total % 2:
            return float(merged[total // 2])
        return (merged[total // 2 - 1] + merged[total // 2]) / 2
