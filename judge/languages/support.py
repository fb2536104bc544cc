"""Which languages can run a problem: Python always; C++ and Java when their
drivers can pass every type of the signature (no numpy arrays, dicts or Any),
Java not where the memory a structure holds is measured (the Bloom filter)."""

from __future__ import annotations

from judge.languages import CPP, JAVA, PYTHON, LanguageInfo
from judge.languages import cpp as cpp_language
from judge.languages import java as java_language
from judge.spec import ProblemSpec


def languages_for(spec: ProblemSpec) -> list[LanguageInfo]:
    languages = [PYTHON]
    if cpp_language.unsupported(spec) is None:
        languages.append(CPP)
    if java_language.unsupported(spec) is None:
        languages.append(JAVA)
    return languages
