"""libyaml's parser reads every package exactly as the pure-Python one does."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from judge.yamlfile import _LOADER, load_yaml

from .conftest import PROBLEMS

FILES = sorted([*PROBLEMS.glob("*/problem.yaml"), *PROBLEMS.glob("*/cases.yaml")])


def test_the_fast_parser_is_in_use() -> None:
    assert _LOADER is getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    assert yaml.__with_libyaml__, "PyYAML without libyaml: every run parses YAML ten times slower"


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_both_parsers_agree(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert load_yaml(text) == yaml.safe_load(text)


def test_unsafe_tags_are_refused() -> None:
    with pytest.raises(yaml.YAMLError):
        load_yaml("!!python/object/apply:os.system ['true']")
