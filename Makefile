# The two set-up commands: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-deps lint bench corpus schemas clean fuzz

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,chart,series,serve,dask,ocr,pandas,fast]'
	touch $(STAMP)

# Processes corpus/ into outputs/ and prints what it found.
DB := outputs/letters.db
SEED := corpus/000_b14c71ca2748bd18.pdf
demo: $(STAMP)
	$(BIN)/letters ingest corpus --db $(DB)
	@echo; echo "== Entities named most across the corpus"
	$(BIN)/letters query entities --db $(DB) --top 12
	@echo; echo "== Money committed, by letter"
	$(BIN)/letters query commitments --db $(DB) --min-amount 1
	@echo; echo "== The seed letter's digest (outputs/seed.digest.json) and views"
	$(BIN)/letters digest $(SEED) > outputs/seed.digest.json
	$(BIN)/letters show $(SEED) --html outputs/seed.html
	$(BIN)/letters graph export --db $(DB) --format html -o outputs/graph.html
	$(BIN)/letters eval ../shared/eval/gold --corpus corpus 2>/dev/null || true
	@echo; echo "Wrote $(DB) (every letter's records: letters export ID --db $(DB)), outputs/seed.digest.json, outputs/seed.html, outputs/graph.html"

# Whatever the tests need beyond Python packages (a headless browser) is installed here.
test-deps:
	sh tools/install-test-deps.sh

# Style first (ruff, configured in pyproject.toml), then the whole suite, slow tests included;
# the slowest tests are listed at the end, to keep the suite within its 30 minutes.
# The suite runs in TEST_WORKERS processes (pytest-xdist): most of its time is one Python process
# reading PDFs, so a second process on CI's second core nearly halves it. --dist loadfile keeps each
# test module in one process, so a module's fixtures (a store, a server, a Dask cluster) are built
# once, as in a serial run. TEST_WORKERS=0 runs it in one process. On this 2-core machine, shared
# with other work (2026-12-05): pytest 2494 s in one process, 1346 s in two (make test, fresh clone).
TEST_WORKERS ?= 2
test: $(STAMP) test-deps lint
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --durations=30

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# 2,000 fixed-seed mutants of the corpus PDFs read in the sandbox: counts of ok / refused / tracebacks / hangs.
fuzz: $(STAMP)
	$(BIN)/python tests/hostile/fuzz.py --mutants 2000

bench: $(STAMP)
	$(BIN)/python -m benchmarks

corpus: $(STAMP)
	$(BIN)/python corpus/build.py

clean:
	rm -rf $(VENV) outputs/*.db outputs/*.json
