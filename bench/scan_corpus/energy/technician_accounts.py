"""Account handling for the field technician work-order app."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone

import bcrypt

BCRYPT_ROUNDS = 12


@dataclass
class Technician:
    employee_id: str
    display_name: str
    password_hash: bytes
    badge_photo: bytes = b""
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def badge_etag(self) -> str:
        # Used by the mobile app to skip re-downloading unchanged badge photos.
        return hashlib.sha256(self.badge_photo).hexdigest()[:16]


def hash_password(password: str) -> bytes:
    if len(password.encode("utf-8")) > 72:
        raise ValueError("password must be at most 72 bytes")
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))


def verify_password(password: str, stored_hash: bytes) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), stored_hash)


def register_technician(store, employee_id: str, display_name: str, password: str) -> Technician:
    tech = Technician(employee_id, display_name, hash_password(password))
    store.save(tech)
    return tech


def login(store, employee_id: str, password: str) -> Technician | None:
    tech = store.get(employee_id)
    if tech is None:
        # Spend comparable time so unknown IDs are not distinguishable.
        bcrypt.checkpw(b"placeholder", bcrypt.hashpw(b"placeholder", bcrypt.gensalt(rounds=BCRYPT_ROUNDS)))
        return None
    return tech if verify_password(password, tech.password_hash) else None
