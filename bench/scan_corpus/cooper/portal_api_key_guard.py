"""API key check for the wholesale cask ordering API.

Larger wineries integrate their purchasing systems directly. Each client is
issued an API key; only a SHA-256 digest of the key is kept in the database.
Requests also declare the API version they were built against.
"""
import hashlib
import hmac

from fastapi import Depends, Header, HTTPException, status
from sqlalchemy import text
from sqlalchemy.orm import Session

from cooperage.db import get_session

SUPPORTED_VERSION = "2024-05"


class ApiClient:
    def __init__(self, client_id: int, name: str, scopes: list[str]):
        self.client_id = client_id
        self.name = name
        self.scopes = scopes


def _key_digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


def _load_client(session: Session, key_prefix: str):
    return session.execute(
        text("SELECT id, name, scopes, key_digest FROM api_clients WHERE key_prefix = :p AND active"),
        {"p": key_prefix},
    ).first()


def require_client(
    x_api_key: str = Header(...),
    x_api_version: str = Header(SUPPORTED_VERSION),
    session: Session = Depends(get_session),
) -> ApiClient:
    if x_api_version != SUPPORTED_VERSION:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, f"API version {SUPPORTED_VERSION} required")
    prefix = x_api_key[:8]
    row = _load_client(session, prefix)
    if row is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Unknown client")
    if not hmac.compare_digest(_key_digest(x_api_key), row.key_digest):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Unknown client")
    return ApiClient(row.id, row.name, row.scopes.split(","))
