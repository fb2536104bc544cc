"""The languages a solution may be written in, chosen by the file's extension.

As DMOJ's executors do, each language is one module: how its source is
compiled, how a case runs, the starter file `judge new --lang` writes, and the
driver that reads a case's typed arguments and calls ``class Solution``.
Problems know nothing of languages beyond their typed signature
(problem.yaml's ``entry``); a language says for itself which signatures it
can drive (:func:`Language.unsupported`).

Python is the harness's own language: the solution is compiled and called in
the harness's forked child (judge/harness.py). C++ is compiled once per
submission inside the sandbox and its binary is executed per case by the same
harness, under the same limits, on the same private result channel. Java is
compiled once per submission there too, and one JVM runs every case, loading
the user's classes afresh for each (judge/languages/java.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from judge.errors import JudgeError


@dataclass(frozen=True)
class LanguageInfo:
    key: str  # what --lang takes and what reports say
    name: str  # what a person calls it
    suffix: str  # the solution file's extension


PYTHON = LanguageInfo("python", "Python 3", ".py")
CPP = LanguageInfo("cpp", "C++20 (g++ 12, -O2)", ".cpp")
JAVA = LanguageInfo("java", "Java 17 (OpenJDK)", ".java")
LANGUAGES = (PYTHON, CPP, JAVA)
_BY_SUFFIX = {language.suffix: language for language in LANGUAGES}
_ALSO = {".cc": CPP, ".cxx": CPP, ".C": CPP}


def language_named(key: str) -> LanguageInfo:
    for language in LANGUAGES:
        if language.key == key:
            return language
    raise JudgeError(f"unknown language {key!r}; use one of {', '.join(lang.key for lang in LANGUAGES)}")


def language_of(path: Path | str | None) -> LanguageInfo:
    """The language of a solution file, by its extension (no file: Python)."""
    if path is None:
        return PYTHON
    suffix = Path(path).suffix
    language = _BY_SUFFIX.get(suffix) or _ALSO.get(suffix)
    if language is None:
        known = ", ".join(solution_suffixes())
        raise JudgeError(f"{path}: the judge does not know the language of a {suffix or 'suffix-less'} file; solutions end in {known}")
    return language


def solution_suffixes() -> tuple[str, ...]:
    """The extensions of files that are judged, for folder scans and default paths."""
    return tuple(language.suffix for language in LANGUAGES)
