"""Reading the packages' YAML with libyaml's parser where PyYAML has it.

The pure-Python parser takes about 10 ms for a problem.yaml and 30 ms for a
cases.yaml, on the path of every `run` and `submit`; libyaml's gives the same
values (tests/test_yamlfile.py checks every package) ten times faster.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """The document in ``text``, safe tags only; raises yaml.YAMLError."""
    return yaml.load(text, Loader=_LOADER)  # a safe loader, C or Python
