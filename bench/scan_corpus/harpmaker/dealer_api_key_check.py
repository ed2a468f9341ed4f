"""Checks dealer API keys presented to the stock and pricing endpoints."""
from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from fastapi import Depends, HTTPException, Request
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("harpmaker.dealer_api")

KEY_PREFIX = "hmk_live_"


@dataclass(frozen=True)
class AuthenticatedDealer:
    dealer_id: int
    key_id: str
    scopes: frozenset[str]


class DealerKeyVerifier:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @staticmethod
    def split_key(presented: str) -> tuple[str, str] | None:
        if not presented.startswith(KEY_PREFIX):
            return None
        secret = presented[len(KEY_PREFIX):]
        if len(secret) < 32:
            return None
        return secret[:8], presented

    def verify(self, presented: str) -> AuthenticatedDealer | None:
        parts = self.split_key(presented)
        if parts is None:
            return None
        key_id, full_key = parts
        with self._engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT dealer_id, key_sha256, scopes, expires_at, revoked_at "
                    "FROM dealer_api_keys WHERE key_id = :kid"
                ),
                {"kid": key_id},
            ).first()
        if row is None or row.revoked_at is not None:
            return None
        if row.expires_at <= datetime.now(timezone.utc):
            return None
        presented_digest = hashlib.sha256(full_key.encode("ascii")).hexdigest()
        if not secrets.compare_digest(presented_digest, row.key_sha256):
            return None
        return AuthenticatedDealer(row.dealer_id, key_id, frozenset(row.scopes.split(",")))


def get_verifier(request: Request) -> DealerKeyVerifier:
    return request.app.state.dealer_key_verifier


def require_dealer(
    request: Request, verifier: DealerKeyVerifier = Depends(get_verifier)
) -> AuthenticatedDealer:
    auth = request.headers.get("Authorization", "")
    scheme, _, presented = auth.partition(" ")
    if scheme.lower() != "bearer" or not presented:
        raise HTTPException(status_code=401, detail="bearer key required")
    dealer = verifier.verify(presented.strip())
    if dealer is None:
        log.info("rejected dealer key from %s", request.client.host if request.client else "-")
        raise HTTPException(status_code=401, detail="invalid key")
    return dealer
