# expect: AC
# backends: docker
"""Looks for a way off the machine without sending a packet: only the loopback interface may
exist, a UDP connect to TEST-NET-1 (which sends nothing) must fail, raw sockets must be refused
and no Docker socket may be reachable. It answers correctly only if all of that holds."""

import os
import socket


def isolated():
    if [name for _, name in socket.if_nameindex()] != ["lo"]:
        return False
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))
        return False
    except OSError:
        pass
    finally:
        probe.close()
    try:
        socket.socket(socket.AF_PACKET, socket.SOCK_RAW).close()
        return False
    except OSError:
        pass
    return not any(os.path.exists(p) for p in ("/var/run/docker.sock", "/run/docker.sock"))


class Solution:
    def twoSum(self, nums, target):
        if not isolated():
            return [0, 0]
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
