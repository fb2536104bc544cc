# follow-up: log-time met
# Binary search on how many elements of the shorter array go left of the median: O(log(min(m, n))).
class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        a, b = (nums1, nums2) if len(nums1) <= len(nums2) else (nums2, nums1)
        m, n = len(a), len(b)
        lo, hi = 0, m
        half = (m + n + 1) // 2
        neg, pos = float("-inf"), float("inf")
        while True:
            i = (lo + hi) // 2
            j = half - i
            a_left = a[i - 1] if i else neg
            a_right = a[i] if i < m else pos
            b_left = b[j - 1] if j else neg
            b_right = b[j] if j < n else pos
            if a_left > b_right:
                hi = i - 1
            elif b_left > a_right:
                lo = i + 1
            else:
                left = max(a_left, b_left)
                return float(left) if (m + n) % 2 else (left + min(a_right, b_right)) / 2
