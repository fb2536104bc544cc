class Solution:
    def findMedianSortedArrays(self, nums1: list[int], nums2: list[int]) -> float:
        # Binary-search the split of the shorter array: O(log(min(m, n))).
        if len(nums1) > len(nums2):
            nums1, nums2 = nums2, nums1
        m, n = len(nums1), len(nums2)
        half = (m + n + 1) // 2
        low, high = 0, m
        while low <= high:
            i = (low + high) // 2
            j = half - i
            left1 = nums1[i - 1] if i > 0 else float("-inf")
            right1 = nums1[i] if i < m else float("inf")
            left2 = nums2[j - 1] if j > 0 else float("-inf")
            right2 = nums2[j] if j < n else float("inf")
            if left1 > right2:
                high = i - 1
            elif left2 > right1:
                low = i + 1
            else:
                left = max(left1, left2)
                if (m + n) % 2:
                    return float(left)
                return (left + min(right1, right2)) / 2
        raise ValueError("inputs are not sorted")
