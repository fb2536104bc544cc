"""The stated constraints, checked on every case by `judge validate`."""

from itertools import pairwise


def validate(args):
    nums1, nums2 = args["nums1"], args["nums2"]
    assert isinstance(nums1, list) and isinstance(nums2, list), "nums1 and nums2 are lists"
    assert len(nums1) <= 10**5 and len(nums2) <= 10**5, "0 <= m, n <= 10^5"
    assert 1 <= len(nums1) + len(nums2) <= 2 * 10**5, "1 <= m + n <= 2 * 10^5"
    for name, nums in (("nums1", nums1), ("nums2", nums2)):
        assert all(isinstance(x, int) and not isinstance(x, bool) for x in nums), f"{name} holds integers"
        assert all(-(10**6) <= x <= 10**6 for x in nums), f"-10^6 <= {name}[i] <= 10^6"
        assert all(a <= b for a, b in pairwise(nums)), f"{name} is sorted in non-decreasing order"
