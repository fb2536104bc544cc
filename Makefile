# Two commands on a fresh machine: `make setup`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup test lint validate bench clean

setup: $(BIN)/judge

$(BIN)/judge: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

test: setup
	$(BIN)/ruff check judge tests problems benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check judge tests problems benchmarks
	$(BIN)/mypy

validate: setup
	$(BIN)/judge validate

bench: setup
	$(BIN)/python benchmarks/overhead.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info
