# expect: WA
# message: returned a dict (with key '$float'); expected float
# backends: docker local
# problem: median-of-two-sorted-arrays
"""Returns the right median as a dict shaped like the harness's escape for floats,
{"$float": "2.0"}: a dict where a float is declared is WA, not the float it imitates."""


class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        merged = sorted(nums1 + nums2)
        n = len(merged)
        median = merged[n // 2] if n % 2 else (merged[n // 2 - 1] + merged[n // 2]) / 2
        return {"$float": repr(float(median))}
