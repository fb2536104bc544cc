# follow-up: linear-time met
# Prefix sums over the doubled array: each window's count of 1s in O(1), n windows: O(n).
from itertools import accumulate


def minSwaps(nums):
    n, ones = len(nums), sum(nums)
    prefix = [0, *accumulate(nums + nums)]
    return ones - max(prefix[start + ones] - prefix[start] for start in range(n))
