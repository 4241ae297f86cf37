"""Check module, filled in by the QA battery work (issue 5)."""
