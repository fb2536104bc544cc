"""The Engine API calls made without the Docker SDK: the same container the SDK would create."""

from __future__ import annotations

import pytest

from judge.sandbox.api import _dechunk, _parse
from judge.sandbox.container import container_config, hardened_host_config
from judge.spec import Limits


def test_the_create_body_is_the_one_the_sdk_builds() -> None:
    docker_types = pytest.importorskip("docker.types")
    limits = Limits(time_ms=1000, memory_mb=128, output_kb=64)
    mine = container_config("image:tag", limits, ["python3", "-I", "-c", "pass"])
    sdk_host = docker_types.HostConfig(
        version="1.41",
        network_mode="none",
        read_only=True,
        tmpfs=mine["HostConfig"]["Tmpfs"],
        cap_drop=["ALL"],
        security_opt=["no-new-privileges:true"],
        mem_limit=mine["HostConfig"]["Memory"],
        memswap_limit=mine["HostConfig"]["Memory"],
        pids_limit=128,
        nano_cpus=1_000_000_000,
        ulimits=[docker_types.Ulimit(name=u["Name"], soft=u["Soft"], hard=u["Hard"]) for u in mine["HostConfig"]["Ulimits"]],
        ipc_mode="none",
        sysctls=mine["HostConfig"]["Sysctls"],
        log_config=docker_types.LogConfig(type="none"),
        init=False,
        auto_remove=True,
        privileged=False,
    )
    sdk = docker_types.ContainerConfig(
        "1.41",
        "image:tag",
        ["python3", "-I", "-c", "pass"],
        user=mine["User"],
        working_dir=mine["WorkingDir"],
        environment=mine["Env"],
        stdin_open=True,
        network_disabled=True,
        hostname="sandbox",
        labels=mine["Labels"],
    )
    sdk_body = {k: v for k, v in dict(sdk).items() if v is not None}
    host = dict(mine["HostConfig"])
    # The SDK leaves out what equals the engine's default; this body states it.
    assert {k: v for k, v in host.items() if k != "Privileged"} == dict(sdk_host) and host["Privileged"] is False
    body = {k: v for k, v in mine.items() if k != "HostConfig"}
    assert {k: body[k] for k in sdk_body if k in body} == {k: v for k, v in sdk_body.items() if k in body}
    assert {k for k in sdk_body if k not in body and sdk_body[k] not in (False, [], {})} == set()
    assert hardened_host_config(limits)["Memory"] == (128 + 160) * 1024 * 1024 + 2 * 64 * 1024  # the capture files too


def test_replies_are_parsed_plain_and_chunked() -> None:
    status, headers, body = _parse(b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n\r\n{\"Id\": \"x\"}")
    assert status == 201 and headers["content-type"] == "application/json" and body == b'{"Id": "x"}'
    chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n[1, \r\n2\r\n2]\r\n0\r\n\r\n"
    assert _parse(chunked)[2] == b"[1, 2]"
    assert _dechunk(b"0\r\n\r\n") == b""
