"""Problem packages on disk: finding them, loading them, checking their files exist."""

from __future__ import annotations

import importlib.util
import os
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from judge.errors import ProblemNotFound, SpecError

if TYPE_CHECKING:
    from judge.spec import ProblemSpec

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SPEC_FILE = "problem.yaml"


def default_problems_dir() -> Path:
    """$JUDGE_PROBLEMS_DIR, else the source checkout's problems/, else the catalogue
    installed with the package (a wheel carries it as the data package judge_problems)."""
    override = os.environ.get("JUDGE_PROBLEMS_DIR")
    if override:
        return Path(override)
    checkout = PROJECT_ROOT / "problems"
    if checkout.is_dir():
        return checkout
    spec = importlib.util.find_spec("judge_problems")
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) if locations else checkout


@dataclass(frozen=True)
class Problem:
    spec: ProblemSpec
    root: Path

    @property
    def slug(self) -> str:
        return self.spec.slug

    @property
    def statement_path(self) -> Path:
        return self.root / "statement.md"

    @property
    def reference_path(self) -> Path:
        return self.root / "reference.py"

    @property
    def cases_path(self) -> Path:
        return self.root / "cases.yaml"

    @property
    def generator_path(self) -> Path:
        return self.root / "generator.py"

    @property
    def validator_path(self) -> Path:
        return self.root / "validator.py"

    @property
    def checker_path(self) -> Path:
        return self.root / "checker.py"

    @property
    def editorial_path(self) -> Path:
        return self.root / "editorial.md"

    @property
    def wrong_dir(self) -> Path:
        return self.root / "wrong"

    @cached_property
    def statement(self) -> str:
        return self.statement_path.read_text(encoding="utf-8")

    def translated_statement(self, language: str) -> str | None:
        """The statement in ``language`` (statement.<language>.md), if the package has one."""
        path = self.root / f"statement.{language}.md"
        return path.read_text(encoding="utf-8") if path.is_file() else None

    def translations(self) -> dict[str, Path]:
        """Every statement.<language>.md the package has, by language."""
        found = {path.name.split(".")[1]: path for path in self.root.glob("statement.*.md")}
        return dict(sorted(found.items()))

    def editorial(self, language: str = "en") -> str | None:
        """editorial.md (editorial.<language>.md for another language), if the package has it."""
        path = self.editorial_path if language == "en" else self.root / f"editorial.{language}.md"
        return path.read_text(encoding="utf-8") if path.is_file() else None

    @cached_property
    def reference_source(self) -> str:
        return self.reference_path.read_text(encoding="utf-8")

    def wrong_solutions(self) -> list[Path]:
        return sorted(self.wrong_dir.glob("*.py")) if self.wrong_dir.is_dir() else []


def load_problem(root: Path, cached_spec: bool = True) -> Problem:
    """The package in ``root``; its spec from the cache of validated specs
    (judge/speccache.py) unless ``cached_spec`` is False."""
    if cached_spec:
        from judge.speccache import cached_spec as read_spec
    else:
        from judge.spec import load_spec as read_spec
    spec = read_spec(root / SPEC_FILE)
    problem = Problem(spec, root)
    if spec.slug != root.name:
        raise SpecError(f"{root / SPEC_FILE}: slug: {spec.slug!r} must equal the folder name {root.name!r}")
    required = [problem.statement_path, problem.reference_path, problem.validator_path]
    if spec.checker.kind == "custom":
        required.append(problem.checker_path)
    if spec.generator is not None:
        required.append(problem.generator_path)
    missing = [path.name for path in required if not path.is_file()]
    if missing:
        raise SpecError(f"{root}: missing {', '.join(missing)}")
    return problem


class Catalog:
    """All problem packages under one folder, loaded lazily and cached."""

    def __init__(self, root: Path | None = None, *, cached_specs: bool = True) -> None:
        self.root = root or default_problems_dir()
        self.cached_specs = cached_specs  # False: every problem.yaml is validated anew (`judge validate`)
        self._loaded: dict[str, Problem] = {}

    def slugs(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if (p / SPEC_FILE).is_file())

    def get(self, slug: str) -> Problem:
        if slug not in self._loaded:
            folder = self.root / slug
            if not (folder / SPEC_FILE).is_file():
                raise ProblemNotFound(self._not_found_message(slug))
            self._loaded[slug] = load_problem(folder, self.cached_specs)
        return self._loaded[slug]

    def load_all(self) -> tuple[list[Problem], list[SpecError]]:
        """Every problem that loads, and the errors of those that do not."""
        problems, errors = [], []
        for slug in self.slugs():
            try:
                problems.append(self.get(slug))
            except SpecError as error:
                errors.append(error)
        return problems, errors

    def find(self, name: str) -> str:
        """The slug a person means by ``name``: the slug itself, a unique prefix
        or word of one (`median`), its title, or its LeetCode number (`4`).
        An ambiguous name is an error listing the candidates."""
        if (self.root / name / SPEC_FILE).is_file():
            return name
        slugs = self.slugs()
        wanted = re.sub(r"[\s_]+", "-", name.strip().lower())
        if wanted in slugs:
            return wanted
        candidates: list[str] = []
        number = wanted.removeprefix("lc").removeprefix("#")
        if number.isdigit():
            from judge.index import summaries

            candidates = [s.slug for s in summaries(self) if s.leetcode_number == str(int(number))]
        if not candidates:
            candidates = [slug for slug in slugs if slug.startswith(wanted)]
        if not candidates and wanted:
            words = wanted.split("-")
            candidates = [slug for slug in slugs if _has_words(slug.split("-"), words)]
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            raise ProblemNotFound(
                f"{name!r} could name {len(candidates)} problems: {', '.join(candidates)}; give more of the slug"
            )
        raise ProblemNotFound(self._not_found_message(name))

    def _not_found_message(self, slug: str) -> str:
        import difflib

        close = difflib.get_close_matches(slug, self.slugs(), n=3, cutoff=0.5)
        hint = f" Did you mean: {', '.join(close)}?" if close else " Run 'judge list' to see them."
        return f"no problem called {slug!r} in {self.root}.{hint}"


def _has_words(slug_words: list[str], words: list[str]) -> bool:
    """Whether ``words`` appear in ``slug_words`` in a row (`two sorted` in median-of-two-sorted-arrays)."""
    size = len(words)
    return any(slug_words[i : i + size] == words for i in range(len(slug_words) - size + 1))
