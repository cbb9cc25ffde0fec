"""Batch runners: the same analysis as :func:`hearsay.pipeline.analyze_articles`, spread out.

- :func:`hearsay.batch.parallel.analyze_parallel`: worker processes on this machine
  (``hearsay ingest --workers N``); needs nothing beyond hearsay itself.
- :func:`hearsay.batch.dask.analyze_on_dask`: a Dask cluster, local or remote
  (``hearsay ingest --dask ADDRESS``); needs the ``batch`` extra
  (``pip install 'hearsay[batch]'``), and importing it without the extra raises
  :class:`~hearsay.errors.ConfigError` with that hint.

Both yield, in input order, a :class:`~hearsay.model.Record` per article or a
:class:`~hearsay.ingest.readers.Failure` for an input that could not be read or analysed.
"""

from __future__ import annotations

from hearsay.batch.parallel import analyze_parallel

__all__ = ["analyze_parallel"]
