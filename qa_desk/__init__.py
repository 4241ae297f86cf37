"""qa-desk: translation quality assurance for English to French news."""
import os as _os

__version__ = "0.1.0"

# spaCy's matrices here are small: one OpenBLAS/OpenMP thread per process is faster than one per
# core, and leaves the other cores to `batch --jobs` and the GUI (bench/spacy_ops.py). Read when
# numpy loads, hence here; a value the user set is kept.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
    _os.environ.setdefault(_var, "1")
del _var
