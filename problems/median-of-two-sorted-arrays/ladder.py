"""Inputs for measuring the O(log(m+n)) follow-up: two sorted arrays of n values in all,
split unevenly at random, interleaved so the median is found neither at an end nor by a shortcut.
Built from ranges: 10^6 values take milliseconds, so the ladder can reach where O(n) costs 10^5 times O(log n)."""


def build(n, rng):
    m = n // 2 + rng.randint(-n // 10, n // 10)
    k = n - m
    shift = rng.randrange(2)
    return {"nums1": list(range(-m + shift, m + shift, 2)), "nums2": list(range(-k + 1 - shift, k + 1 - shift, 2))}
