# problem: bloom-filter
# expect: WA
# message: memory too high
"""Keeps the items in a set and wraps json.dumps, which the harness used in the same process to
send its figures, so the payload loses retained_bytes. The memory figure comes from outside the
process now, and whatever the payload says beside the answer is ignored."""

import json

_real_dumps = json.dumps


def _dumps(obj, *args, **kwargs):
    if isinstance(obj, dict):
        obj = {k: v for k, v in obj.items() if k != "retained_bytes"}
    return _real_dumps(obj, *args, **kwargs)


json.dumps = _dumps


class BloomFilter:
    def __init__(self, capacity, error_rate):
        self.items = set()

    def add(self, item):
        self.items.add(item)

    def contains(self, item):
        return item in self.items
