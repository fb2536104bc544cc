"""Importing a problem package's own Python files (generator, validator, checker)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from judge.errors import SpecError


def load_module(path: Path, role: str) -> ModuleType:
    """Import ``path`` as a private module, so two problems' files never collide."""
    name = f"_judge_{role}_{path.parent.name.replace('-', '_')}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SpecError(f"{path}: cannot be imported")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as error:
        del sys.modules[name]
        raise SpecError(f"{path}: fails to import: {type(error).__name__}: {error}") from None
    return module


def load_function(path: Path, role: str, name: str) -> Any:
    function = getattr(load_module(path, role), name, None)
    if not callable(function):
        raise SpecError(f"{path}: must define a function {name}()")
    return function
