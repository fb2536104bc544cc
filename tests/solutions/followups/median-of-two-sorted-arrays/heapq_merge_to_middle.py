# follow-up: log-time not met
# heapq.merge lazily, stopping at the middle: O(m+n) steps of a generator.
import heapq
import itertools


class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        total = len(nums1) + len(nums2)
        head = list(itertools.islice(heapq.merge(nums1, nums2), total // 2 + 1))
        return float(head[-1]) if total % 2 else (head[-2] + head[-1]) / 2
