"""API key check for partner apps calling the e-book lending API.

Partner keys are stored as SHA-256 fingerprints (the keys themselves are
256-bit random values, so a fast hash is appropriate for lookup).
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from fastapi import Depends, Header, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import PartnerKey


@dataclass(frozen=True)
class Partner:
    slug: str
    scopes: frozenset[str]


class KeyGuard:
    prefix_len = 12

    def __init__(self, db: Session) -> None:
        self.db = db

    @staticmethod
    def fingerprint(presented: str) -> str:
        return hashlib.sha256(presented.encode("utf-8")).hexdigest()

    def check(self, presented: str) -> Partner | None:
        lookup = presented[: self.prefix_len]
        candidate = self.db.execute(
            select(PartnerKey).where(
                PartnerKey.lookup_prefix == lookup, PartnerKey.revoked_at.is_(None)
            )
        ).scalar_one_or_none()
        if candidate is None:
            return None
        if not secrets.compare_digest(self.fingerprint(presented), candidate.key_hash):
            return None
        candidate.last_used_at = datetime.now(timezone.utc)
        self.db.commit()
        return Partner(candidate.partner.slug, frozenset(candidate.scopes))


def require_partner(
    x_api_key: str = Header(..., min_length=20, max_length=128),
    db: Session = Depends(get_session),
) -> Partner:
    partner = KeyGuard(db).check(x_api_key)
    if partner is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid API key")
    return partner


def require_scope(scope: str):
    def dependency(partner: Partner = Depends(require_partner)) -> Partner:
        if scope not in partner.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"scope {scope} required")
        return partner
    return dependency
