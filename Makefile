# The two set-up commands: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-deps bench corpus schemas clean

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,chart]'
	touch $(STAMP)

# Processes corpus/ into outputs/ and prints what it found.
demo: $(STAMP)
	$(BIN)/letters ingest corpus --db outputs/letters.db --out outputs
	$(BIN)/letters query entities --db outputs/letters.db --top 15
	$(BIN)/letters query commitments --db outputs/letters.db

# Whatever the tests need beyond Python packages (a headless browser) is installed here.
test-deps:
	sh tools/install-test-deps.sh

test: $(STAMP) test-deps
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m benchmarks

corpus: $(STAMP)
	$(BIN)/python corpus/build.py

clean:
	rm -rf $(VENV) outputs/*.db outputs/*.json
