# follow-up: log-time met
# The k-th smallest of two sorted arrays, discarding k/2 elements a step with indices (no slicing): O(log(m+n)).
def kth(a, i, b, j, k):
    while True:
        if i == len(a):
            return b[j + k - 1]
        if j == len(b):
            return a[i + k - 1]
        if k == 1:
            return min(a[i], b[j])
        step = k // 2
        x = a[min(i + step, len(a)) - 1]
        y = b[min(j + step, len(b)) - 1]
        if x <= y:
            k -= min(i + step, len(a)) - i
            i = min(i + step, len(a))
        else:
            k -= min(j + step, len(b)) - j
            j = min(j + step, len(b))


def findMedianSortedArrays(nums1, nums2):
    total = len(nums1) + len(nums2)
    if total % 2:
        return float(kth(nums1, 0, nums2, 0, total // 2 + 1))
    return (kth(nums1, 0, nums2, 0, total // 2) + kth(nums1, 0, nums2, 0, total // 2 + 1)) / 2
