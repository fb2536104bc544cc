# expect: WA
# Averages the two middle values with // (integer division), so an even total with an odd sum loses the .5.
class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        m, n = len(nums1), len(nums2)

        def kth(k):
            i = j = 0
            while True:
                if i == m:
                    return nums2[j + k - 1]
                if j == n:
                    return nums1[i + k - 1]
                if k == 1:
                    return min(nums1[i], nums2[j])
                a = min(m - 1, i + k // 2 - 1)
                b = min(n - 1, j + k // 2 - 1)
                if nums1[a] <= nums2[b]:
                    k -= a - i + 1
                    i = a + 1
                else:
                    k -= b - j + 1
                    j = b + 1

        total = m + n
        if total % 2:
            return kth(total // 2 + 1)
        return (kth(total // 2) + kth(total // 2 + 1)) // 2
