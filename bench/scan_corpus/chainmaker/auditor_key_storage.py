"""Storage of API keys issued to site auditors.

Auditors call the certificate lookup API with a long random key. Only a
digest of the key is stored, so a database leak does not reveal usable keys.
"""
import hashlib
import secrets
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from chainmaker.models import AuditorApiKey

KEY_PREFIX = "cmk_"


def _key_digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("ascii")).hexdigest()


def issue_key(session: Session, auditor_id: int, label: str) -> str:
    raw_key = KEY_PREFIX + secrets.token_urlsafe(32)
    session.add(
        AuditorApiKey(
            auditor_id=auditor_id,
            label=label,
            key_id=raw_key[:12],
            key_digest=_key_digest(raw_key),
            created_at=datetime.now(timezone.utc),
        )
    )
    return raw_key


def resolve_key(session: Session, raw_key: str) -> AuditorApiKey | None:
    if not raw_key.startswith(KEY_PREFIX):
        return None
    record = session.scalar(
        select(AuditorApiKey).where(AuditorApiKey.key_digest == _key_digest(raw_key))
    )
    if record is None or record.revoked_at is not None:
        return None
    return record
