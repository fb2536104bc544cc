# expect: AC
# backends: docker
"""Tries to create a file in /etc, /usr, /home, /var, /root, /opt and /: every attempt must fail
with EROFS or EACCES (read-only root, unprivileged user). Answers correctly only then.
Docker only: as root on the host these writes would succeed and litter the machine."""

import errno
import os


def all_refused():
    for folder in ("/etc", "/usr", "/home", "/var", "/root", "/opt", "/"):
        try:
            with open(os.path.join(folder, "HOSTILE-MARKER"), "x") as handle:
                handle.write("x")
            return False
        except OSError as error:
            if error.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
                return False
    return True


class Solution:
    def twoSum(self, nums, target):
        if not all_refused():
            return [0, 0]
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
