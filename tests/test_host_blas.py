"""The judge's own numpy calls one BLAS thread per caller: two validate or check workers
calling OpenBLAS's threaded pool at once spun both cores for minutes (issue 17's review)."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = "import os, judge, numpy; print(os.environ.get('OPENBLAS_NUM_THREADS'))"


def _probe(extra: dict[str, str]) -> str:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"} | extra
    return subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True).stdout.strip()


def test_importing_the_judge_limits_blas_before_numpy_loads() -> None:
    assert _probe({}) == "1"


def test_a_users_own_setting_is_kept() -> None:
    assert _probe({"OPENBLAS_NUM_THREADS": "4"}) == "4"
