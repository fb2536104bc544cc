"""Which languages can run a problem: Python always; C++ when its driver can pass
every type of the signature (no numpy arrays, dicts or Any)."""

from __future__ import annotations

from judge.languages import CPP, PYTHON, LanguageInfo
from judge.languages import cpp as cpp_language
from judge.spec import ProblemSpec


def languages_for(spec: ProblemSpec) -> list[LanguageInfo]:
    languages = [PYTHON]
    if cpp_language.unsupported(spec) is None:
        languages.append(CPP)
    return languages
