"""Inputs for measuring the O(n) follow-up: n bits, half of them 1s, shuffled, so a window
of ones = n/2 bits must slide all the way round and recounting each window costs n^2/2."""


def build(n, rng):
    nums = [1] * (n // 2) + [0] * (n - n // 2)
    rng.shuffle(nums)
    return {"nums": nums}
