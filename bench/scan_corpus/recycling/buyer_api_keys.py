"""API keys for recycler buyers integrating with our dispatch feed.

Keys are random 256-bit values shown to the buyer once. We keep only a
SHA-256 digest so a database leak does not expose usable keys; since the
keys are machine-generated there is nothing to brute-force.
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from buyers.models import BuyerApiKey

KEY_PREFIX = "rcb_"


@dataclass(frozen=True)
class IssuedKey:
    key_id: int
    plaintext: str


def _digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("ascii")).hexdigest()


def issue_key(session: Session, buyer_id: int, label: str) -> IssuedKey:
    raw = KEY_PREFIX + secrets.token_urlsafe(32)
    row = BuyerApiKey(
        buyer_id=buyer_id,
        label=label,
        prefix=raw[:10],
        key_sha256=_digest(raw),
        created_at=datetime.now(timezone.utc),
    )
    session.add(row)
    session.flush()
    return IssuedKey(key_id=row.id, plaintext=raw)


def resolve_key(session: Session, presented: str) -> BuyerApiKey | None:
    if not presented.startswith(KEY_PREFIX):
        return None
    row = session.scalar(
        select(BuyerApiKey).where(
            BuyerApiKey.key_sha256 == _digest(presented),
            BuyerApiKey.revoked_at.is_(None),
        )
    )
    if row is not None:
        row.last_used_at = datetime.now(timezone.utc)
    return row


def revoke_key(session: Session, buyer_id: int, key_id: int) -> bool:
    row = session.get(BuyerApiKey, key_id)
    if row is None or row.buyer_id != buyer_id:
        return False
    row.revoked_at = datetime.now(timezone.utc)
    return True
