class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        def kth(a: List[int], i: int, b: List[int], j: int, k: int) -> int:
            # the k-th smallest (1-based) of a[i:] and b[j:], halving k each round
            while True:
                if i == len(a):
                    return b[j + k - 1]
                if j == len(b):
                    return a[i + k - 1]
                if k == 1:
                    return min(a[i], b[j])
                step = k // 2
                x = a[i + step - 1] if i + step - 1 < len(a) else inf
                y = b[j + step - 1] if j + step - 1 < len(b) else inf
                if x < y:
                    i += step
                else:
                    j += step
                k -= step

        total = len(nums1) + len(nums2)
        if total % 2:
            return kth(nums1, 0, nums2, 0, total // 2 + 1)
        return (kth(nums1, 0, nums2, 0, total // 2) + kth(nums1, 0, nums2, 0, total // 2 + 1)) / 2
