"""API-key authentication for trade customers' procurement systems.

Large contractors integrate their purchasing software with our booking API.
Keys look like ``thk_<id>_<secret>``; only a SHA-256 of the secret is stored.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Optional

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import APIKeyHeader

api_key_header = APIKeyHeader(name="X-TH-Api-Key", auto_error=False)


@dataclass
class TradeClient:
    account_no: str
    key_id: str
    scopes: frozenset


def mint_key(repo, account_no: str, scopes: set[str]) -> str:
    key_id = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    repo.insert_api_key(
        key_id=key_id,
        account_no=account_no,
        secret_sha256=hashlib.sha256(secret.encode()).hexdigest(),
        scopes=" ".join(sorted(scopes)),
    )
    return f"thk_{key_id}_{secret}"


def _split(presented: str) -> Optional[tuple[str, str]]:
    parts = presented.split("_", 2)
    if len(parts) != 3 or parts[0] != "thk":
        return None
    return parts[1], parts[2]


def authenticate(request: Request, presented: Optional[str] = Depends(api_key_header)) -> TradeClient:
    if not presented or (split := _split(presented)) is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "api key required")
    key_id, secret = split
    row = request.app.state.repo.api_key(key_id)
    if row is None or row.revoked:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid api key")
    presented_hash = hashlib.sha256(secret.encode()).hexdigest()
    if not hmac.compare_digest(presented_hash, row.secret_sha256):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid api key")
    return TradeClient(account_no=row.account_no, key_id=key_id, scopes=frozenset(row.scopes.split()))
