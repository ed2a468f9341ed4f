"""API key checks for subcontractor system-to-system integrations.

Larger subcontractors push plant hours and operative counts from their own
systems; each integration gets an API key whose hash is stored in the portal.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import IntegrationKey

KEY_PREFIX_LEN = 8


@dataclass
class IssuedKey:
    key_id: str
    plaintext: str


class IntegrationKeyService:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def fingerprint(secret_part: str) -> str:
        return hashlib.sha256(secret_part.encode("utf-8")).hexdigest()

    def issue(self, company_id: int) -> IssuedKey:
        key_id = secrets.token_hex(KEY_PREFIX_LEN // 2)
        secret_part = secrets.token_urlsafe(32)
        self.session.add(
            IntegrationKey(company_id=company_id, key_id=key_id, digest=self.fingerprint(secret_part))
        )
        self.session.commit()
        return IssuedKey(key_id=key_id, plaintext=f"{key_id}.{secret_part}")

    def authenticate(self, presented: str) -> Optional[int]:
        key_id, _, secret_part = presented.partition(".")
        if not secret_part:
            return None
        row = self.session.scalars(
            select(IntegrationKey).where(IntegrationKey.key_id == key_id, IntegrationKey.revoked.is_(False))
        ).first()
        if row is None:
            return None
        if not hmac.compare_digest(row.digest, self.fingerprint(secret_part)):
            return None
        return row.company_id
