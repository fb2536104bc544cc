"""A malformed problem package gets an error naming the file, the field and what was expected."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from judge.catalog import Catalog, load_problem
from judge.errors import ProblemNotFound, SpecError
from judge.typenames import parse_type

from .conftest import copy_problem


def _edit(problem_dir: Path, change: dict) -> Path:
    path = problem_dir / "problem.yaml"
    data = yaml.safe_load(path.read_text())
    data.update(change)
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def _error(tmp_path: Path, change: dict) -> str:
    problem = copy_problem("two-sum", tmp_path)
    _edit(problem.root, change)
    with pytest.raises(SpecError) as caught:
        load_problem(problem.root)
    return str(caught.value)


def test_unknown_type_names_the_field_and_the_allowed_types(tmp_path: Path) -> None:
    params = [{"name": "nums", "type": "lst[int]"}, {"name": "target", "type": "int"}]
    entry = {"kind": "function", "name": "twoSum", "params": params, "returns": "list[int]"}
    message = _error(tmp_path, {"entry": entry})
    assert "problem.yaml" in message
    assert "entry.params.0.type" in message
    assert "unknown type 'lst'" in message or "unknown type 'lst[int]'" in message


def test_bad_difficulty_says_what_is_allowed(tmp_path: Path) -> None:
    message = _error(tmp_path, {"difficulty": "impossible"})
    assert "difficulty" in message and "'easy', 'medium' or 'hard'" in message


def test_missing_required_field(tmp_path: Path) -> None:
    problem = copy_problem("two-sum", tmp_path)
    path = problem.root / "problem.yaml"
    data = yaml.safe_load(path.read_text())
    del data["title"]
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(SpecError, match=r"title: Field required"):
        load_problem(problem.root)


def test_unknown_field_is_rejected(tmp_path: Path) -> None:
    assert "time_limit: unknown field (misspelt?)" in _error(tmp_path, {"time_limit": 3})


def test_example_args_must_match_the_signature(tmp_path: Path) -> None:
    message = _error(tmp_path, {"examples": [{"args": {"nums": [1, 2]}, "output": [0, 1]}]})
    assert "examples[1]" in message and "target" in message


def test_yaml_syntax_error_gives_the_line(tmp_path: Path) -> None:
    problem = copy_problem("two-sum", tmp_path)
    (problem.root / "problem.yaml").write_text("slug: two-sum\ntitle: [unclosed\n")
    with pytest.raises(SpecError, match=r"not valid YAML \(line \d+"):
        load_problem(problem.root)


def test_slug_must_match_the_folder(tmp_path: Path) -> None:
    assert "must equal the folder name" in _error(tmp_path, {"slug": "three-sum"})


def test_missing_package_file_is_named(tmp_path: Path) -> None:
    problem = copy_problem("two-sum", tmp_path)
    (problem.root / "reference.py").unlink()
    with pytest.raises(SpecError, match=r"missing reference\.py"):
        load_problem(problem.root)


def test_unknown_slug_suggests_close_names(catalog: Catalog) -> None:
    with pytest.raises(ProblemNotFound, match="Did you mean: two-sum"):
        catalog.get("two-sums")


def test_broken_problem_does_not_hide_the_others(tmp_path: Path) -> None:
    copy_problem("two-sum", tmp_path)
    broken = copy_problem("linked-list-cycle", tmp_path)
    _edit(broken.root, {"difficulty": "???"})
    problems, errors = Catalog(tmp_path).load_all()
    assert [p.slug for p in problems] == ["two-sum"]
    assert len(errors) == 1 and "linked-list-cycle" in str(errors[0])


@pytest.mark.parametrize(
    ("text", "python"),
    [
        ("int", "int"),
        ("list[list[int]]", "list[list[int]]"),
        ("ListNode | None", "ListNode | None"),
        ("dict[str, float]", "dict[str, float]"),
        ("tuple[float, ndarray[int64]]", "tuple[float, np.ndarray]"),
    ],
)
def test_type_names_parse(text: str, python: str) -> None:
    assert parse_type(text).python() == python


@pytest.mark.parametrize("text", ["lst[int]", "list[int, int]", "int | str", "set[int]", "ndarray[float16]", "ndarray[int64, int64]"])
def test_bad_type_names_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_type(text)
