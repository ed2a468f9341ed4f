"""API tokens for carrier partners.

A token is handed to the partner once; ``db.store_token`` keeps only its digest.
"""
from tracking import db


def new_token() -> str:
    """Return a fresh token string."""
    raise NotImplementedError


def issue_token(conn, client: str) -> str:
    """Create, store and return a new token for ``client``."""
    raise NotImplementedError
