"""API keys for partner box offices reselling circus tickets.

Keys are shown once at creation; only a SHA-256 digest of the random
256-bit secret is stored.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Protocol


class KeyStore(Protocol):
    def get_digest(self, key_id: str) -> str | None: ...
    def put_digest(self, key_id: str, partner: str, digest: str) -> None: ...


@dataclass
class IssuedKey:
    key_id: str
    secret: str

    def header_value(self) -> str:
        return f"{self.key_id}.{self.secret}"


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("ascii")).hexdigest()


def issue_key(store: KeyStore, partner: str) -> IssuedKey:
    key = IssuedKey(key_id=secrets.token_hex(6), secret=secrets.token_urlsafe(32))
    store.put_digest(key.key_id, partner, _digest(key.secret))
    return key


def authenticate(store: KeyStore, header: str | None) -> str | None:
    """Return the key id when the presented ``X-Partner-Key`` is valid."""
    if not header or "." not in header:
        return None
    key_id, _, secret = header.partition(".")
    stored = store.get_digest(key_id)
    if stored is None:
        return None
    if hmac.compare_digest(stored, _digest(secret)):
        return key_id
    return None
