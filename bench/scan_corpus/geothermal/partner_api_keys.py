"""Issue and rotate API keys for aggregators calling the grid dispatch API."""
from __future__ import annotations

import hashlib
import string
from datetime import datetime, timedelta, timezone

import numpy as np
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from dispatch_api.models import PartnerKey

KEY_PREFIX = "gdk_"
KEY_ALPHABET = np.array(list(string.ascii_letters + string.digits))
KEY_LENGTH = 40
KEY_TTL = timedelta(days=180)

_rng = np.random.default_rng()


def _new_key() -> str:
    idx = _rng.integers(0, len(KEY_ALPHABET), size=KEY_LENGTH)
    return KEY_PREFIX + "".join(KEY_ALPHABET[idx])


def _fingerprint(key: str) -> str:
    # keys are long random strings, a plain digest is enough for lookup
    return hashlib.sha256(key.encode()).hexdigest()


def issue_key(session: Session, partner_id: int) -> str:
    """Create a key for a partner and return the plaintext once."""
    key = _new_key()
    now = datetime.now(timezone.utc)
    session.add(
        PartnerKey(
            partner_id=partner_id,
            key_hash=_fingerprint(key),
            last4=key[-4:],
            created_at=now,
            expires_at=now + KEY_TTL,
        )
    )
    session.commit()
    return key


def rotate_key(session: Session, partner_id: int) -> str:
    session.execute(
        update(PartnerKey)
        .where(PartnerKey.partner_id == partner_id, PartnerKey.revoked_at.is_(None))
        .values(revoked_at=datetime.now(timezone.utc))
    )
    return issue_key(session, partner_id)


def lookup_partner(session: Session, presented: str) -> int | None:
    row = session.execute(
        select(PartnerKey.partner_id).where(
            PartnerKey.key_hash == _fingerprint(presented),
            PartnerKey.revoked_at.is_(None),
            PartnerKey.expires_at > datetime.now(timezone.utc),
        )
    ).first()
    return row[0] if row else None
