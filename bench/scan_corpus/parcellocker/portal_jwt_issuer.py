"""Issue short-lived JWTs for technician portal API calls."""
from __future__ import annotations

import os
import secrets
from datetime import datetime, timedelta, timezone
from pathlib import Path

import jwt

ALGORITHM = "ES256"
ISSUER = "locker-maintenance-portal"
AUDIENCE = "locker-service-api"
TOKEN_LIFETIME = timedelta(minutes=15)


class PortalTokenIssuer:
    def __init__(self, key_path: str | None = None, public_path: str | None = None) -> None:
        key_file = Path(key_path or os.environ["PORTAL_JWT_PRIVATE_KEY_FILE"])
        pub_file = Path(public_path or os.environ["PORTAL_JWT_PUBLIC_KEY_FILE"])
        self._private_key = key_file.read_bytes()
        self._public_key = pub_file.read_bytes()
        self._kid = os.environ.get("PORTAL_JWT_KID", "portal-1")

    def issue(self, technician_id: str, sites: list[str]) -> str:
        now = datetime.now(timezone.utc)
        claims = {
            "iss": ISSUER,
            "aud": AUDIENCE,
            "sub": technician_id,
            "sites": sites,
            "iat": now,
            "nbf": now,
            "exp": now + TOKEN_LIFETIME,
            "jti": secrets.token_hex(16),
        }
        return jwt.encode(claims, self._private_key, algorithm=ALGORITHM,
                          headers={"kid": self._kid})

    def verify(self, token: str) -> dict:
        return jwt.decode(token, self._public_key, algorithms=[ALGORITHM],
                          audience=AUDIENCE, issuer=ISSUER)
