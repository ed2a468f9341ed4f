"""Issue and rotate API keys for district and county integrations."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone

import numpy as np

KEY_PREFIX = "sk_dist_"
KEY_BYTES = 32

_gen = np.random.default_rng()


@dataclass
class IssuedKey:
    key_id: str
    plaintext: str
    digest: str
    created_at: datetime


def _random_hex(nbytes: int) -> str:
    return _gen.bytes(nbytes).hex()


def issue_key(store, district_id: int, label: str) -> IssuedKey:
    plaintext = KEY_PREFIX + _random_hex(KEY_BYTES)
    key = IssuedKey(
        key_id=plaintext[len(KEY_PREFIX) : len(KEY_PREFIX) + 8],
        plaintext=plaintext,
        digest=hashlib.sha256(plaintext.encode()).hexdigest(),
        created_at=datetime.now(timezone.utc),
    )
    store.save_key(district_id=district_id, label=label, key_id=key.key_id, digest=key.digest, created_at=key.created_at)
    return key


def rotate_key(store, district_id: int, old_key_id: str, label: str) -> IssuedKey:
    new_key = issue_key(store, district_id, label)
    store.schedule_revocation(district_id=district_id, key_id=old_key_id, grace_hours=24)
    return new_key
