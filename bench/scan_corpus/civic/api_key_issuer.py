"""Developer API keys for the open-data portal.

A key looks like ``odp_<key_id>_<secret>``. The key id is a public handle
shown in the developer dashboard; only a digest of the secret part is
stored, and the full key is shown to the developer exactly once.
"""
import hashlib
import hmac
import logging
import secrets
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import ApiKey

log = logging.getLogger(__name__)

PREFIX = "odp"


def _digest(secret_part: str) -> str:
    return hashlib.sha256(secret_part.encode("ascii")).hexdigest()


def issue_key(db: Session, org_id: int, label: str) -> str:
    key_id = secrets.token_hex(6)
    secret_part = secrets.token_urlsafe(32)
    db.add(
        ApiKey(
            key_id=key_id,
            org_id=org_id,
            label=label[:80],
            secret_digest=_digest(secret_part),
            created_at=datetime.now(timezone.utc),
        )
    )
    db.commit()
    log.info("issued API key id=%s for org=%s label=%r", key_id, org_id, label)
    return f"{PREFIX}_{key_id}_{secret_part}"


def authenticate(db: Session, presented: str) -> ApiKey | None:
    try:
        prefix, key_id, secret_part = presented.split("_", 2)
    except ValueError:
        return None
    if prefix != PREFIX:
        return None
    key = db.scalar(select(ApiKey).where(ApiKey.key_id == key_id, ApiKey.revoked_at.is_(None)))
    if key is None or not hmac.compare_digest(key.secret_digest, _digest(secret_part)):
        log.warning("rejected API key id=%s", key_id)
        return None
    return key
