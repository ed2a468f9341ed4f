"""Issue and check short-lived JWTs that field tablets present to the work-order API."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from types import MappingProxyType

import jwt

TOKEN_SETTINGS = MappingProxyType(
    {
        "issuer": "gaspipe-workorders",
        "audience": "field-tablet",
        "algorithm": "HS256",
        "ttl_minutes": 45,
        "signing_key": "wo-tablet-7f3c9e1a54b24d0c8e6f2a9b13d7c5e0",
    }
)


class TabletTokenService:
    def __init__(self, settings=TOKEN_SETTINGS) -> None:
        self._key = settings["signing_key"]
        self._alg = settings["algorithm"]
        self._issuer = settings["issuer"]
        self._audience = settings["audience"]
        self._ttl = timedelta(minutes=settings["ttl_minutes"])

    def issue(self, technician_id: str, crew: str, scopes: list[str]) -> str:
        now = datetime.now(timezone.utc)
        claims = {
            "sub": technician_id,
            "crew": crew,
            "scope": " ".join(scopes),
            "iss": self._issuer,
            "aud": self._audience,
            "iat": now,
            "exp": now + self._ttl,
        }
        return jwt.encode(claims, self._key, algorithm=self._alg)

    def verify(self, token: str) -> dict:
        return jwt.decode(
            token,
            self._key,
            algorithms=[self._alg],
            audience=self._audience,
            issuer=self._issuer,
        )
