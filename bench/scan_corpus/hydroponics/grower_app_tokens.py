"""Validates access tokens issued by the identity provider for the grower mobile app."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class IdentityProvider:
    issuer: str = field(default_factory=lambda: os.environ["GROWER_IDP_ISSUER"])
    audience: str = "grower-app"
    allowed_algorithms: tuple[str, ...] = ("RS256", "ES256")
    leeway_s: int = 30

    @property
    def jwks_url(self) -> str:
        return f"{self.issuer.rstrip('/')}/.well-known/jwks.json"


@lru_cache(maxsize=1)
def _jwks_client(jwks_url: str) -> PyJWKClient:
    return PyJWKClient(jwks_url, cache_keys=True, lifespan=900)


class GrowerTokenValidator:
    def __init__(self, idp: IdentityProvider | None = None) -> None:
        self.idp = idp or IdentityProvider()

    def _signing_key(self, token: str):
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in self.idp.allowed_algorithms:
            raise jwt.InvalidAlgorithmError(f"algorithm {header.get('alg')!r} not accepted")
        return _jwks_client(self.idp.jwks_url).get_signing_key(header["kid"]).key

    def claims(self, token: str) -> dict[str, Any]:
        return jwt.decode(
            token,
            self._signing_key(token),
            algorithms=list(self.idp.allowed_algorithms),
            audience=self.idp.audience,
            issuer=self.idp.issuer,
            leeway=self.idp.leeway_s,
            options={"require": ["exp", "iat", "sub"]},
        )

    def farm_scopes(self, token: str) -> set[str]:
        claims = self.claims(token)
        return {scope for scope in claims.get("scope", "").split() if scope.startswith("farm:")}
