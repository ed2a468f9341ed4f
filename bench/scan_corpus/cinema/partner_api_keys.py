"""Management of API keys for third-party ticket resellers.

Resellers authenticate with a key id + secret pair; we store only a
hash of the secret and show the plaintext once at creation time.
"""
import hashlib
import hmac
import random as _r
from dataclasses import dataclass
from datetime import datetime, timezone

from resellers.db import ResellerKey, session_scope

KEY_PREFIX = "rsk_"
_rng = _r.Random()


@dataclass(frozen=True)
class IssuedKey:
    key_id: str
    secret: str


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _generate_secret(nbytes: int = 32) -> str:
    return _rng.getrandbits(nbytes * 8).to_bytes(nbytes, "big").hex()


def create_key(reseller_id: int, label: str) -> IssuedKey:
    key_id = KEY_PREFIX + _generate_secret(6)
    secret = _generate_secret()
    with session_scope() as s:
        s.add(
            ResellerKey(
                key_id=key_id,
                reseller_id=reseller_id,
                label=label,
                secret_hash=_digest(secret),
                created_at=datetime.now(timezone.utc),
            )
        )
    return IssuedKey(key_id=key_id, secret=secret)


def check_key(key_id: str, secret: str) -> bool:
    with session_scope() as s:
        row = s.get(ResellerKey, key_id)
        if row is None or row.revoked:
            return False
        return hmac.compare_digest(row.secret_hash, _digest(secret))
