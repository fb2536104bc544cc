# Two commands on a fresh machine: `make setup`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup sandbox test lint validate bench clean

# The virtualenv, then the Docker sandbox (engine and image) where this machine allows.
setup: $(BIN)/judge sandbox

sandbox: $(BIN)/judge
	bash .ci/docker-engine
	@if timeout 10 docker info >/dev/null 2>&1; then $(BIN)/judge image build; \
	else echo "no Docker engine: solutions will run with the local backend (judge doctor explains)"; fi

# editable_mode=compat: the checkout goes on sys.path through a .pth line, not an
# import hook that every `judge` command would import first (7 ms of `judge --help`).
$(BIN)/judge: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]' --config-settings editable_mode=compat
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
	@$(BIN)/pip install --quiet -e '.[bench]' --config-settings editable_mode=compat >$(VENV)/bench-install.log 2>&1 \
		|| echo "bench: cannot install the [bench] extra (see $(VENV)/bench-install.log); the oj comparison will be skipped"
	$(BIN)/python benchmarks/overhead.py
	$(BIN)/python benchmarks/check_parallel.py
	$(BIN)/python benchmarks/followup_stability.py
	$(BIN)/python benchmarks/cli_speed.py --json $(VENV)/cli-speed.json
	$(BIN)/python benchmarks/languages.py --json $(VENV)/languages.json

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info
