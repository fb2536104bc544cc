"""interview-judge: a local judge for coding-interview practice."""

import os

__version__ = "0.1.0"

# The judge's own numpy work (checkers, finite differences, the reference's answers for
# follow-ups) runs in worker threads (`validate -j`, `check -j`). OpenBLAS's thread pool,
# called from two of them at once, spun both cores for minutes on a validate that takes 11 s
# with one BLAS thread per caller. Set before numpy is first imported, which the judge does
# lazily; a value the user set is kept. Solutions' own limits are set where they run.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
