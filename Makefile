# Two commands do everything on a fresh machine (python3, pip, make):
#   make demo   - create .venv, install, prepare the demo organisation, serve http://127.0.0.1:8000
#   make test   - install what the tests need and run them
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export LEGENDARY_HOME ?= $(CURDIR)/.legendary

.PHONY: demo test lint typecheck check bench clean

# The stamp files make a second run instant when pyproject.toml has not changed.
$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check uv

$(VENV)/.installed.stamp: pyproject.toml | $(BIN)/uv
	$(BIN)/uv pip install --quiet --python $(BIN)/python -e .
	touch $@

$(VENV)/.dev.stamp: pyproject.toml $(VENV)/.installed.stamp
	$(BIN)/uv pip install --quiet --python $(BIN)/python -e ".[dev]"
	touch $@

demo: $(VENV)/.installed.stamp
	$(BIN)/legendary demo

test: $(VENV)/.dev.stamp
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev.stamp
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(VENV)/.dev.stamp
	$(BIN)/mypy

check: lint typecheck test

bench: $(VENV)/.dev.stamp
	$(BIN)/python benchmarks/care_accuracy.py
	$(BIN)/python benchmarks/care_speed.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
