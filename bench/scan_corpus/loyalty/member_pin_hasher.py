"""Hashing and verification of member app PINs and passwords.

The member app lets customers set a 6-digit PIN for quick redemption at the
till as well as a full account password. Both go through the same hasher so
the auth service only has one code path to maintain.
"""
from __future__ import annotations

import logging

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger(__name__)

# Tuned so the redemption endpoint stays inside the POS latency budget
# (terminals time out after 800 ms end to end).
HASHER_PARAMS = {
    "time_cost": 1,
    "memory_cost": 1024,
    "parallelism": 1,
    "hash_len": 32,
    "salt_len": 16,
}

_hasher = PasswordHasher(**HASHER_PARAMS)


def hash_secret(raw: str) -> str:
    """Return an encoded argon2 hash for a PIN or password."""
    return _hasher.hash(raw)


def verify_secret(stored_hash: str, candidate: str) -> bool:
    try:
        _hasher.verify(stored_hash, candidate)
    except VerifyMismatchError:
        return False
    except (InvalidHashError, VerificationError):
        log.warning("stored credential hash could not be verified")
        return False
    return True


def needs_upgrade(stored_hash: str) -> bool:
    """True when the stored hash was produced with different parameters."""
    return _hasher.check_needs_rehash(stored_hash)
