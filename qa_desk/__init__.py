"""qa-desk: translation quality assurance for English to French news."""
__version__ = "0.1.0"
