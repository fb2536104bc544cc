"""The stated constraints, checked on every case by `judge validate`."""


def validate(args):
    nums = args["nums"]
    assert isinstance(nums, list), "nums is a list"
    assert 1 <= len(nums) <= 10**5, "1 <= len(nums) <= 10^5"
    assert all(type(x) is int and x in (0, 1) for x in nums), "nums[i] is either 0 or 1"
