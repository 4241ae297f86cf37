# Two commands: `make run` and `make test`. Both create .venv/ and install into it first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
SEED_EN := seeds/000_f49c22878f2298e4.en.txt
SEED_FR := seeds/000_f49c22878f2298e4.txt
# `make dist`: wheel + sdist (python -m build) and the PyInstaller one-folder bundle, then the slow packaging tests
DIST := dist
BUNDLE_SPEC := packaging/qa-desk.spec
BUNDLE := $(DIST)/qa-desk

.PHONY: run test setup bench lexicon translation-table clean dist

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock scripts/setup-system.sh
	@bash scripts/setup-system.sh
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "qa-desk needs Python 3.11 or later")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -c requirements.lock -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/qa-desk gui $(SEED_EN) $(SEED_FR)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(PY) bench/run_all.py

# qa-desk's English pipeline from UD English-EWT + Universal NER (about 1.5 h on 2 cores; never run by run/test)
english-model: $(STAMP)
	$(PY) scripts/english_model/train.py

lexicon: $(STAMP)
	$(PY) scripts/build_lexicon.py

translation-table: $(STAMP)
	$(PY) scripts/build_translation_table.py

dist: $(STAMP)
	$(PY) -m pip install -q -c requirements.lock -e '.[test,dist]'
	rm -rf build $(DIST)
	$(PY) -m build --quiet --outdir $(DIST) .
	$(PY) -m PyInstaller --log-level WARN --noconfirm --clean --distpath $(DIST) --workpath build/pyinstaller $(BUNDLE_SPEC)
	QT_QPA_PLATFORM=offscreen QA_DESK_WHEEL="$$(ls $(DIST)/qa_desk-*.whl)" QA_DESK_BUNDLE=$(BUNDLE) \
		$(PY) -m pytest -q -p no:cacheprovider -m slow tests/packaging
	@du -sh $(DIST)/*

clean:
	rm -rf $(VENV) build dist *.egg-info
