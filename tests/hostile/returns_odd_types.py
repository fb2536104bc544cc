# expect: WA
# message: returned a datetime (datetime.datetime(2024, 1, 1, 0, 0)); expected list[int]
# backends: docker local
# cases: all
# later: WA
"""Returns, case by case (by target % 7), bytes, a generator, a datetime, a complex number, a custom object whose
__eq__ says yes to everything and whose __repr__ is a terminal escape, a set of the wrong indices,
and a string: each is WA with a sentence naming it, never an internal error."""

import datetime


class Liar:
    def __eq__(self, other):
        return True

    def __repr__(self):
        return "\x1b[2J\x1b]52;c;cHduZWQ=\x07Accepted"


ANSWERS = [
    lambda: b"\x00\x01",
    lambda: (i for i in range(2)),
    lambda: datetime.datetime(2024, 1, 1),
    lambda: [0, 1j],
    lambda: Liar(),
    lambda: {5, 6},
    lambda: "0,1",
]


class Solution:
    def twoSum(self, nums, target):
        return ANSWERS[target % len(ANSWERS)]()
