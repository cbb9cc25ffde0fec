"""The store's Alembic scripts: ``env.py``, one revision per migration under ``versions/``.

:mod:`hearsay.store.migrations` runs them with a Config built in code; no ``alembic.ini``.
"""
