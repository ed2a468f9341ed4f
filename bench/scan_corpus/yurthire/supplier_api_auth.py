"""Authenticates supplier stock-feed requests that carry an ``X-Api-Key`` header."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from flask import abort, g, request
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import SupplierApiKey

KEY_PREFIX_LEN = 12


@dataclass
class SupplierIdentity:
    supplier_id: int
    key_id: int


def _digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


def _digests_match(presented: str, stored: str) -> bool:
    return secrets.compare_digest(_digest(presented), stored)


class SupplierKeyAuthenticator:
    def __init__(self, session: Session) -> None:
        self.session = session

    def identify(self, raw_key: str) -> SupplierIdentity | None:
        if not raw_key.startswith("yh_sup_") or len(raw_key) < 40:
            return None
        candidates = self.session.scalars(
            select(SupplierApiKey).where(
                SupplierApiKey.prefix == raw_key[:KEY_PREFIX_LEN],
                SupplierApiKey.revoked_at.is_(None),
            )
        ).all()
        for record in candidates:
            if _digests_match(raw_key, record.key_digest):
                record.last_used_at = datetime.now(timezone.utc)
                self.session.commit()
                return SupplierIdentity(supplier_id=record.supplier_id, key_id=record.id)
        return None


def require_supplier_key(session_factory):
    """Flask ``before_request`` hook for the ``/feeds`` blueprint."""

    def hook():
        raw_key = request.headers.get("X-Api-Key", "")
        with session_factory() as session:
            identity = SupplierKeyAuthenticator(session).identify(raw_key)
        if identity is None:
            abort(401)
        g.supplier = identity

    return hook
