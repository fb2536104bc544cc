"""The host's frame encoder and the harness's are two ends of one protocol."""

from __future__ import annotations

import io
from typing import Any

import pytest

from judge import execution, harness
from judge.sandbox import frames

MESSAGES: list[dict[str, Any]] = [
    {"type": "case", "id": "manual-01", "args": {"nums": [2, 7, 11, 15], "target": 9}},
    {"type": "init", "source": "print('ünïcode ✓')\n", "limits": {"time_ms": 500}},
    {"type": "end"},
    {"nested": [[[]]], "float": 1.5e-300, "big": 2**63},
]


@pytest.mark.parametrize("message", MESSAGES)
def test_host_frames_are_the_harness_frames(message: dict[str, Any]) -> None:
    encoded = frames.encode_frame(message)
    assert encoded == harness.encode_frame(message)
    assert harness.read_frame(io.BytesIO(encoded)) == message


@pytest.mark.parametrize("message", MESSAGES)
def test_arguments_sent_as_their_cached_json_text_read_the_same(message: dict[str, Any]) -> None:
    import json

    raw = {key: frames.RawJson(json.dumps(value)) for key, value in message.items() if key != "type"}
    encoded = frames.encode_frame({**message, **raw})
    assert harness.read_frame(io.BytesIO(encoded)) == message


def test_both_ends_agree_on_the_largest_frame_and_the_rung_wall_limit() -> None:
    assert frames.MAX_FRAME_BYTES == harness.MAX_FRAME_BYTES
    assert execution.MEASURE_WALL_MS == harness.MEASURE_WALL_MS
    assert frames.HEADER.format == harness._HEADER.format


def test_a_submission_does_not_import_the_harness() -> None:
    import subprocess
    import sys

    modules = "judge.sandbox.warm, judge.sandbox.container, judge.execution, judge.grading, judge.commands.submit, judge.commands.run"
    code = f"import sys, {modules}; print('judge.harness' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"
