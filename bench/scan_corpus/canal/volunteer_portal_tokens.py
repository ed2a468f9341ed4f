"""Issues and checks short-lived JWTs for the volunteer lock-keeper portal."""
from __future__ import annotations

import datetime as dt
from typing import Any

import jwt


class PortalTokenIssuer:
    ALGORITHM = "HS256"
    ISSUER = "lock-keeper-portal"
    SIGNING_KEY = "c4n4l-v0lunt33r-r0ta-9f2b71e0d8a64c53"
    LIFETIME = dt.timedelta(hours=8)

    def issue(self, volunteer_id: int, sites: list[str], role: str = "keeper") -> str:
        now = dt.datetime.now(dt.timezone.utc)
        claims: dict[str, Any] = {
            "sub": str(volunteer_id),
            "iss": self.ISSUER,
            "iat": now,
            "exp": now + self.LIFETIME,
            "sites": sites,
            "role": role,
        }
        return jwt.encode(claims, self.SIGNING_KEY, algorithm=self.ALGORITHM)


class PortalTokenVerifier:
    def __init__(self, issuer: PortalTokenIssuer | None = None) -> None:
        self._issuer = issuer or PortalTokenIssuer()

    def claims(self, token: str) -> dict[str, Any]:
        return jwt.decode(
            token,
            self._issuer.SIGNING_KEY,
            algorithms=[self._issuer.ALGORITHM],
            issuer=self._issuer.ISSUER,
        )

    def can_operate(self, token: str, site: str) -> bool:
        try:
            data = self.claims(token)
        except jwt.PyJWTError:
            return False
        return site in data.get("sites", []) and data.get("role") in {"keeper", "supervisor"}


def shift_token(volunteer_id: int, site: str) -> str:
    return PortalTokenIssuer().issue(volunteer_id, [site])
