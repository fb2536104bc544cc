"""The stated constraints, checked on every case by `judge validate`."""


def validate(args):
    nums, target = args["nums"], args["target"]
    assert 2 <= len(nums) <= 10**5, "2 <= len(nums) <= 10^5"
    assert all(-(10**9) <= x <= 10**9 for x in nums), "-10^9 <= nums[i] <= 10^9"
    assert -(10**9) <= target <= 10**9, "-10^9 <= target <= 10^9"
    position = {}
    pairs = 0
    for x in nums:
        pairs += position.get(target - x, 0)
        position[x] = position.get(x, 0) + 1
    assert pairs == 1, f"exactly one valid pair, found {pairs}"
