class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # sort (index, value) pairs by value, then close in from both ends
        pairs = sorted(enumerate(nums), key=itemgetter(1))
        lo, hi = 0, len(pairs) - 1
        while lo < hi:
            total = pairs[lo][1] + pairs[hi][1]
            if total == target:
                return sorted([pairs[lo][0], pairs[hi][0]])
            if total < target:
                lo += 1
            else:
                hi -= 1
        return [-1, -1]
