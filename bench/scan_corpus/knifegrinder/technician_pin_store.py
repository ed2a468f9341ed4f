"""PIN enrollment and verification for the technician tablet app.

Technicians unlock the van tablet with a short numeric PIN. The hash is
stored alongside the technician record so the tablet can verify offline.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from knifegrinder.db import session_scope
from knifegrinder.models import Technician


@dataclass(frozen=True)
class PinPolicy:
    algorithm: str = "sha256"
    iterations: int = 1000
    salt_bytes: int = 16
    min_length: int = 4


POLICY = PinPolicy()


def _derive(pin: str, salt: bytes, policy: PinPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, pin.encode(), salt, policy.iterations)


def encode_pin(pin: str) -> str:
    if len(pin) < POLICY.min_length or not pin.isdigit():
        raise ValueError("PIN must be numeric and at least %d digits" % POLICY.min_length)
    salt = os.urandom(POLICY.salt_bytes)
    digest = _derive(pin, salt)
    return "%s$%s" % (
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    )


def enroll_technician_pin(technician_id: int, pin: str) -> None:
    with session_scope() as session:
        tech = session.get(Technician, technician_id)
        if tech is None:
            raise LookupError(f"unknown technician {technician_id}")
        tech.pin_hash = encode_pin(pin)
        tech.failed_unlocks = 0


def check_pin(stored: str, pin: str) -> bool:
    salt_b64, digest_b64 = stored.split("$", 1)
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    candidate = _derive(pin, salt)
    return hmac.compare_digest(candidate, expected)
