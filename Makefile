# The two commands of the README:  make demo  |  make test
# Each creates .venv in the repository root when missing: torch (CPU build) first, so that
# stanza does not pull a multi-GB CUDA build, then the package with its dev extras.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.newsparse-installed

.PHONY: demo test eval bench lint browser-deps clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "torch==2.13.0"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsparse parse examples/release.txt --format text

# Chromium + chromedriver for the browser test of the HTML display (Debian packages; installed
# when missing and we may, else that one test skips with its reason).
browser-deps:
	@if ! command -v chromedriver >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
	      || echo "note: could not install chromium; the browser test will skip"; \
	  else echo "note: chromium/chromedriver absent; the browser test will skip"; fi; \
	fi

test: $(STAMP) browser-deps
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/newsparse eval ../shared/data/dev

bench: $(STAMP)
	$(BIN)/python bench/bench_nlp.py
	$(BIN)/python bench/bench_batch.py

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy src

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .hypothesis
