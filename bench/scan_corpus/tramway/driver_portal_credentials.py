"""Credential storage for the driver self-service portal (shift swaps, leave requests)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Dict, Optional


@dataclass(frozen=True)
class KdfProfile:
    name: str
    digest: str
    iterations: int
    salt_bytes: int = 16


PROFILES: Dict[str, KdfProfile] = {
    "portal-v2": KdfProfile("portal-v2", "sha256", 12_000),
}
ACTIVE_PROFILE = "portal-v2"


@dataclass
class DriverCredential:
    staff_number: str
    encoded: str
    failed_attempts: int = 0


def _derive(password: str, salt: bytes, profile: KdfProfile) -> bytes:
    return hashlib.pbkdf2_hmac(
        profile.digest, password.encode("utf-8"), salt, profile.iterations
    )


def encode_password(password: str, profile_name: str = ACTIVE_PROFILE) -> str:
    profile = PROFILES[profile_name]
    salt = os.urandom(profile.salt_bytes)
    digest = _derive(password, salt, profile)
    return "$".join(
        [profile.name, base64.b64encode(salt).decode(), base64.b64encode(digest).decode()]
    )


def verify_password(password: str, encoded: str) -> bool:
    name, salt_b64, digest_b64 = encoded.split("$")
    profile = PROFILES[name]
    candidate = _derive(password, base64.b64decode(salt_b64), profile)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


class CredentialStore:
    """In-process store backed by the HR sync job; persisted by the caller."""

    max_failures = 5

    def __init__(self) -> None:
        self._by_staff: Dict[str, DriverCredential] = {}

    def enrol(self, staff_number: str, password: str) -> DriverCredential:
        cred = DriverCredential(staff_number, encode_password(password))
        self._by_staff[staff_number] = cred
        return cred

    def authenticate(self, staff_number: str, password: str) -> Optional[DriverCredential]:
        cred = self._by_staff.get(staff_number)
        if cred is None or cred.failed_attempts >= self.max_failures:
            return None
        if verify_password(password, cred.encoded):
            cred.failed_attempts = 0
            return cred
        cred.failed_attempts += 1
        return None
