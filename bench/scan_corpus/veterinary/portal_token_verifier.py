"""Verification of owner-portal access tokens issued by the clinic's identity provider."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import jwt
from jwt import PyJWKClient


@dataclass
class VerifierSettings:
    issuer: str = field(default_factory=lambda: os.environ["PORTAL_OIDC_ISSUER"])
    audience: str = "owner-portal"
    algorithms: tuple[str, ...] = ("RS256",)
    leeway_seconds: int = 30

    @property
    def jwks_url(self) -> str:
        return self.issuer.rstrip("/") + "/.well-known/jwks.json"


@dataclass
class OwnerClaims:
    owner_id: int
    email: str
    scopes: frozenset[str]


class PortalTokenVerifier:
    def __init__(self, settings: VerifierSettings | None = None):
        self.settings = settings or VerifierSettings()
        self._jwks = PyJWKClient(self.settings.jwks_url, cache_keys=True)

    def verify(self, token: str) -> OwnerClaims:
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=list(self.settings.algorithms),
            audience=self.settings.audience,
            issuer=self.settings.issuer,
            leeway=self.settings.leeway_seconds,
            options={"require": ["exp", "iat", "sub"]},
        )
        return OwnerClaims(
            owner_id=int(claims["sub"]),
            email=claims.get("email", ""),
            scopes=frozenset(claims.get("scope", "").split()),
        )
