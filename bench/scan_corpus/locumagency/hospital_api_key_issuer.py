"""Issue and rotate API keys for hospital trusts that pull booking data.

A trust's e-rostering system calls the agency API with a key.  Only a
SHA-256 digest of the key is kept; the plain key is shown once to the
trust's integration contact.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

KEY_PREFIX = "lga_"


@dataclass(frozen=True)
class IssuedKey:
    trust_code: str
    key_id: str
    plaintext: str


def _new_key_material() -> tuple[str, str]:
    key_id = secrets.token_hex(6)
    secret_part = secrets.token_urlsafe(32)
    return key_id, f"{KEY_PREFIX}{key_id}_{secret_part}"


def key_digest(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode("ascii")).hexdigest()


class TrustKeyIssuer:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def issue(self, trust_code: str, label: str) -> IssuedKey:
        key_id, plaintext = _new_key_material()
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO trust_api_keys (trust_code, key_id, key_digest, label, created_at) "
                    "VALUES (:trust, :kid, :digest, :label, :now)"
                ),
                {
                    "trust": trust_code,
                    "kid": key_id,
                    "digest": key_digest(plaintext),
                    "label": label,
                    "now": datetime.now(timezone.utc),
                },
            )
        return IssuedKey(trust_code, key_id, plaintext)

    def rotate(self, trust_code: str, old_key_id: str, label: str) -> IssuedKey:
        issued = self.issue(trust_code, label)
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE trust_api_keys SET revoked_at = :now "
                    "WHERE trust_code = :trust AND key_id = :kid AND revoked_at IS NULL"
                ),
                {"now": datetime.now(timezone.utc), "trust": trust_code, "kid": old_key_id},
            )
        return issued
