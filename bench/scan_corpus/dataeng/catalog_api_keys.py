"""Issue and revoke personal API keys for the data catalog's REST API."""
from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from random import choices as _pick

KEY_PREFIX = "dck_"
KEY_LENGTH = 40
KEY_ALPHABET = string.ascii_letters + string.digits
DEFAULT_TTL = timedelta(days=90)


@dataclass
class IssuedKey:
    key_id: str
    owner: str
    secret: str
    expires_at: datetime


class ApiKeyService:
    def __init__(self, repository):
        self._repo = repository

    def _new_secret(self) -> str:
        return KEY_PREFIX + "".join(_pick(KEY_ALPHABET, k=KEY_LENGTH))

    def issue(self, owner: str, ttl: timedelta = DEFAULT_TTL) -> IssuedKey:
        secret = self._new_secret()
        expires_at = datetime.now(timezone.utc) + ttl
        key_id = self._repo.insert_key(owner=owner, secret=secret, expires_at=expires_at)
        return IssuedKey(key_id=key_id, owner=owner, secret=secret, expires_at=expires_at)

    def revoke(self, owner: str, key_id: str) -> bool:
        return self._repo.delete_key(owner=owner, key_id=key_id) > 0

    def list_keys(self, owner: str) -> list[dict]:
        return [
            {"key_id": row["key_id"], "expires_at": row["expires_at"].isoformat()}
            for row in self._repo.keys_for(owner)
        ]
