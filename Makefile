# Plenaria: `make run` serves the demo, `make test` runs the whole test suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEV_ENV = PLENARIA_DEBUG=1 PLENARIA_BASE_URL=http://$(ADDRESS) PLENARIA_STAFF_2FA=0
ADDRESS ?= 127.0.0.1:8000

.PHONY: install run demo test lint format browser axe bench messages clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(DEV_ENV) $(BIN)/plenaria migrate --noinput
	$(DEV_ENV) $(BIN)/plenaria load_demo

# The web server and the worker that sends mail run together; Ctrl-C stops both.
run: demo
	@trap 'kill 0' INT TERM; \
	$(DEV_ENV) $(BIN)/plenaria worker --interval 1 & \
	$(DEV_ENV) $(BIN)/plenaria runserver $(ADDRESS); \
	wait

# Browser tests drive Debian's Chromium; install it where this machine allows.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Chromium for the browser tests…"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || \
	    echo "Chromium could not be installed: the browser tests will be skipped."; \
	  else \
	    echo "Chromium is not installed and this user cannot install it: the browser tests will be skipped."; \
	  fi; }
	@test -f /usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf -a -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc -a -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing the fonts letters and badges are printed with…"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-core fonts-noto-cjk fonts-wqy-microhei >/dev/null || \
	    echo "The fonts could not be installed: Arabic and Chinese text will lack its fonts."; \
	  fi; }

# The accessibility test runs axe-core, a pinned version from the npm registry, kept in var/node/.
AXE_VERSION := 4.14.1
AXE_DIR := var/node/node_modules/axe-core
axe:
	@grep -qs '"version": "$(AXE_VERSION)"' $(AXE_DIR)/package.json || { \
	  if ! command -v npm >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing npm for the accessibility test…"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; \
	  fi; \
	  if command -v npm >/dev/null 2>&1; then \
	    npm install --prefix var/node --no-save --no-package-lock --no-audit --no-fund --ignore-scripts \
	      --loglevel=error axe-core@$(AXE_VERSION) || \
	    echo "axe-core could not be installed: the accessibility test will be skipped."; \
	  else \
	    echo "npm is not installed and this user cannot install it: the accessibility test will be skipped."; \
	  fi; }

# The tests run in one process per core (pytest-xdist), each with its own test database.
TEST_WORKERS ?= auto
test: install browser axe
	$(BIN)/python -m pytest -n $(TEST_WORKERS)

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(DEV_ENV) $(BIN)/plenaria makemigrations --check --dry-run
	$(BIN)/python -m plenaria.core.catalogues --check
	$(BIN)/python -m plenaria.core.glossary

format: install
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

# Extract the interface strings into every language's catalogue and compile them.
messages: install
	cd src/plenaria && ../../$(BIN)/plenaria makemessages --all --no-obsolete --ignore "*/corpus/*"
	$(BIN)/python -m plenaria.core.catalogues --compile

bench: install
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) var
