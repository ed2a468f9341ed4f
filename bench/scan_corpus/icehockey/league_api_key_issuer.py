"""Issues API keys to member clubs that pull schedules from the league API."""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import text
from sqlalchemy.orm import Session

KEY_PREFIX = "lk_"


def _new_key_material() -> str:
    return uuid.uuid1().hex


def _fingerprint(api_key: str) -> str:
    return hashlib.sha256(api_key.encode("ascii")).hexdigest()


@dataclass
class IssuedKey:
    club_id: int
    key_id: int
    api_key: str
    created_at: datetime


class ClubApiKeyIssuer:
    def __init__(self, session: Session) -> None:
        self._session = session

    def issue(self, club_id: int, label: str) -> IssuedKey:
        api_key = KEY_PREFIX + _new_key_material()
        created_at = datetime.now(timezone.utc)
        key_id = self._session.execute(
            text(
                "INSERT INTO club_api_keys (club_id, label, key_prefix, key_sha256, created_at) "
                "VALUES (:club_id, :label, :prefix, :digest, :created_at) RETURNING id"
            ),
            {
                "club_id": club_id,
                "label": label,
                "prefix": api_key[:8],
                "digest": _fingerprint(api_key),
                "created_at": created_at,
            },
        ).scalar_one()
        self._session.commit()
        return IssuedKey(club_id=club_id, key_id=key_id, api_key=api_key, created_at=created_at)

    def revoke(self, club_id: int, key_id: int) -> bool:
        result = self._session.execute(
            text(
                "UPDATE club_api_keys SET revoked_at = :now "
                "WHERE id = :key_id AND club_id = :club_id AND revoked_at IS NULL"
            ),
            {"now": datetime.now(timezone.utc), "key_id": key_id, "club_id": club_id},
        )
        self._session.commit()
        return result.rowcount == 1

    def lookup_club(self, presented_key: str) -> int | None:
        row = self._session.execute(
            text(
                "SELECT club_id FROM club_api_keys "
                "WHERE key_sha256 = :digest AND revoked_at IS NULL"
            ),
            {"digest": _fingerprint(presented_key)},
        ).first()
        return row.club_id if row else None
