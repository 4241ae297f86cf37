"""spaCy for the bundle: its submodules and data files without its test suite (which needs pytest).

Replaces the contributed hook of the same name (hookspath hooks take precedence).
"""
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("spacy", excludes=["**/tests/**"])
hiddenimports = collect_submodules("spacy", filter=lambda name: ".tests" not in name)
