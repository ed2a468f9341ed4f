"""Sign work-order JWTs for field tablets with an Ed25519 key mounted from the secret store."""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from functools import cached_property
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization

TOKEN_ISSUER = "gaspipe-workorders"
TOKEN_AUDIENCE = "field-tablet"
TOKEN_ALGORITHM = "EdDSA"
SIGNING_KEY_PATH = Path(os.environ.get("TABLET_SIGNING_KEY_FILE", "/run/secrets/tablet_signing_key.pem"))


class TabletJwtIssuer:
    def __init__(self, key_path: Path = SIGNING_KEY_PATH, ttl: timedelta = timedelta(minutes=45)) -> None:
        self.key_path = key_path
        self.ttl = ttl

    @cached_property
    def _private_key(self):
        return serialization.load_pem_private_key(self.key_path.read_bytes(), password=None)

    @cached_property
    def _public_key(self):
        return self._private_key.public_key()

    def issue(self, technician_id: str, crew: str) -> str:
        now = datetime.now(timezone.utc)
        claims = {
            "sub": technician_id,
            "crew": crew,
            "iss": TOKEN_ISSUER,
            "aud": TOKEN_AUDIENCE,
            "iat": now,
            "exp": now + self.ttl,
        }
        return jwt.encode(claims, self._private_key, algorithm=TOKEN_ALGORITHM)

    def verify(self, token: str) -> dict:
        return jwt.decode(token, self._public_key, algorithms=[TOKEN_ALGORITHM],
                          audience=TOKEN_AUDIENCE, issuer=TOKEN_ISSUER)
