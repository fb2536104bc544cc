"""Any valid pair, in any order: check the answer against the input, not the reference."""

from judge.values import show


def check(args, expected, got, extras):
    nums, target = args["nums"], args["target"]
    if not isinstance(got, list) or len(got) != 2:
        return False, f"expected a list of two indices, got {show(got, 120)}"
    i, j = got
    if not all(isinstance(k, int) and not isinstance(k, bool) for k in (i, j)):
        return False, f"indices must be integers, got {show(got, 120)}"
    if not (0 <= i < len(nums) and 0 <= j < len(nums)):
        return False, f"index out of range 0..{len(nums) - 1}: {show(got, 120)}"
    if i == j:
        return False, f"used the same element twice: {show(got, 120)}"
    if nums[i] + nums[j] != target:
        return False, f"nums[{i}] + nums[{j}] = {nums[i] + nums[j]}, not {target}"
    return True, ""
