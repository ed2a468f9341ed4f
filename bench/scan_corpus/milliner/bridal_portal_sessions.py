"""Validates sign-in tokens for brides viewing their fitting schedule and veil proofs."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import jwt


@dataclass(frozen=True)
class PortalTokenSettings:
    issuer: str = "https://shop.brimstoneandbow.co.uk"
    audience: str = "bridal-portal"
    algorithm: str = "HS256"
    lifetime: timedelta = timedelta(hours=2)
    required_claims: tuple[str, ...] = ("exp", "iat", "sub", "aud", "iss")


@dataclass
class BridalPortalTokens:
    settings: PortalTokenSettings = field(default_factory=PortalTokenSettings)
    _secret: str = field(default_factory=lambda: os.environ["BRIDAL_PORTAL_JWT_SECRET"], repr=False)

    def issue(self, appointment_id: str) -> str:
        now = datetime.now(timezone.utc)
        claims = {
            "sub": appointment_id,
            "iat": now,
            "exp": now + self.settings.lifetime,
            "aud": self.settings.audience,
            "iss": self.settings.issuer,
        }
        return jwt.encode(claims, self._secret, algorithm=self.settings.algorithm)

    def appointment_for(self, token: str) -> str:
        claims = jwt.decode(
            token,
            self._secret,
            algorithms=[self.settings.algorithm],
            audience=self.settings.audience,
            issuer=self.settings.issuer,
            options={"require": list(self.settings.required_claims)},
        )
        return claims["sub"]


def resolve_request(auth_header: str, tokens: BridalPortalTokens) -> str | None:
    scheme, _, token = auth_header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    try:
        return tokens.appointment_for(token)
    except jwt.InvalidTokenError:
        return None
