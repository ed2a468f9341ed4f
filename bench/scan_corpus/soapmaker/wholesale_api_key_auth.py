"""Per-partner API keys for the wholesale stock-availability API."""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from typing import Optional

from fastapi import Depends, FastAPI, Header, HTTPException, status
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["WHOLESALE_DATABASE_URL"], pool_pre_ping=True)
app = FastAPI(title="Wholesale availability API")


@dataclass(frozen=True)
class Partner:
    id: int
    name: str


class PartnerKeyAuth:
    """Keys look like `<key_id>.<secret>`; only a SHA-256 of the secret is stored."""

    def __init__(self) -> None:
        self._lookup_sql = text(
            "SELECT p.id, p.name, k.secret_sha256 FROM partner_keys k "
            "JOIN partners p ON p.id = k.partner_id "
            "WHERE k.key_id = :kid AND k.revoked_at IS NULL"
        )

    @staticmethod
    def _digest(secret: str) -> str:
        return hashlib.sha256(secret.encode("utf-8")).hexdigest()

    def resolve(self, presented: str) -> Optional[Partner]:
        key_id, _, secret = presented.partition(".")
        if not key_id or not secret:
            return None
        with engine.connect() as conn:
            row = conn.execute(self._lookup_sql, {"kid": key_id}).first()
        if row is None:
            return None
        if not secrets.compare_digest(self._digest(secret), row.secret_sha256):
            return None
        return Partner(id=row.id, name=row.name)

    def __call__(self, x_api_key: str = Header(default="")) -> Partner:
        partner = self.resolve(x_api_key)
        if partner is None:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid API key")
        return partner


partner_auth = PartnerKeyAuth()


@app.get("/v1/availability/{sku}")
def availability(sku: str, partner: Partner = Depends(partner_auth)) -> dict:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT sku, cases_available, next_batch_date FROM wholesale_stock WHERE sku = :sku"),
            {"sku": sku},
        ).first()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown sku")
    return {
        "sku": row.sku,
        "cases_available": row.cases_available,
        "next_batch_date": row.next_batch_date.isoformat() if row.next_batch_date else None,
        "partner": partner.name,
    }
