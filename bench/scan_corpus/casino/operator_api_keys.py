"""API keys for B2B operators (white-label partners) calling the sportsbook API.

Keys are 256-bit random values shown once at creation. Only a SHA-256 digest is
stored; lookups go through the unique index on ``key_digest``.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

KEY_PREFIX = "sbk_"


@dataclass(frozen=True)
class IssuedKey:
    key_id: int
    plaintext: str
    created_at: datetime


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class OperatorKeyService:
    def __init__(self, repo):
        self._repo = repo

    def issue(self, operator_id: int, label: str) -> IssuedKey:
        raw = KEY_PREFIX + secrets.token_urlsafe(32)
        now = datetime.now(timezone.utc)
        key_id = self._repo.insert_key(
            operator_id=operator_id,
            label=label,
            key_digest=_digest(raw),
            display_prefix=raw[: len(KEY_PREFIX) + 6],
            created_at=now,
        )
        return IssuedKey(key_id=key_id, plaintext=raw, created_at=now)

    def authenticate(self, presented: str) -> int | None:
        if not presented.startswith(KEY_PREFIX):
            return None
        record = self._repo.find_by_digest(_digest(presented))
        if record is None or record.revoked_at is not None:
            return None
        self._repo.touch_last_used(record.key_id)
        return record.operator_id

    def revoke(self, key_id: int) -> None:
        self._repo.mark_revoked(key_id, datetime.now(timezone.utc))
