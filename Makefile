# First Post: two commands do everything.
#   make run   set up .venv, install the kit, serve it on http://localhost:8866
#   make test  set up the test tools (Chromium, PostgreSQL when root), lint, run every test
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PORT ?= 8866
BIN := $(VENV)/bin
STAMP := $(VENV)/.firstpost-installed
TEST_STAMP := $(VENV)/.firstpost-test-installed

.PHONY: run test lint install install-test system-test-deps hub-proxy screenshots bench clean doctor

run: $(STAMP)
	$(BIN)/firstpost serve --port $(PORT) --no-browser

doctor: $(STAMP)
	$(BIN)/firstpost doctor

install: $(STAMP)

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "First Post needs Python 3.11 or newer"'
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv && $(PYTHON) -m venv $(VENV); \
	  else echo "Cannot create a virtual environment: install python3-venv (sudo apt-get install python3-venv)"; exit 1; fi; }
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install -q -e .
	@touch $@

$(TEST_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@

install-test: $(TEST_STAMP) system-test-deps hub-proxy

# Browser tests drive Debian's Chromium (Playwright's own browser download is not
# reachable here); store tests run a real PostgreSQL server. Installed when root.
system-test-deps:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Please install:$$missing (sudo apt-get install$$missing)"; exit 1; fi; \
	fi

# The JupyterHub test (tests/hub) needs configurable-http-proxy, an npm package:
# installed into the venv (.venv/node_modules), skipped when it is already there.
PROXY := $(VENV)/node_modules/.bin/configurable-http-proxy

hub-proxy: $(PROXY)

$(PROXY): | $(VENV)/bin/python
	@command -v configurable-http-proxy >/dev/null && [ -z "$(FORCE_PROXY)" ] && { \
	  mkdir -p $(dir $@) && ln -sf "$$(command -v configurable-http-proxy)" $@; exit 0; }; \
	command -v npm >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; \
	  else echo "Please install npm (sudo apt-get install npm): the hub test needs configurable-http-proxy"; exit 1; fi; }; \
	npm install --prefix $(VENV) --no-audit --no-fund --loglevel=error configurable-http-proxy

lint: $(TEST_STAMP)
	$(BIN)/ruff check widgets tests benchmarks

test: install-test lint
	$(BIN)/python -m pytest

# Refresh the README's pictures of each app, taken by the browser tests.
screenshots: install-test
	FIRSTPOST_SCREENSHOT_DIR=$(CURDIR)/docs/screenshots $(BIN)/python -m pytest tests/ui -k screenshot

# Measure what a workshop room feels (issue #9): writes benchmarks/results/latest.{json,md}.
bench: install-test
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
