"""Validates single sign-on tokens for clinic staff applications.

Nurses, dietitians and nephrologists sign in through the organisation's
OpenID Connect provider. Internal services accept the resulting access
token and map its claims onto clinic roles.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class OidcSettings:
    issuer: str = field(default_factory=lambda: os.environ["OIDC_ISSUER"])
    audience: str = field(default_factory=lambda: os.environ.get("OIDC_AUDIENCE", "clinic-apps"))
    algorithms: tuple[str, ...] = ("RS256",)
    leeway_s: int = 30

    @property
    def jwks_url(self) -> str:
        return f"{self.issuer.rstrip('/')}/protocol/openid-connect/certs"


@lru_cache(maxsize=1)
def _jwks(url: str) -> PyJWKClient:
    return PyJWKClient(url, cache_keys=True, lifespan=3600)


@dataclass
class StaffIdentity:
    subject: str
    name: str
    roles: frozenset[str]
    clinic_ids: frozenset[int]


class StaffTokenValidator:
    def __init__(self, settings: OidcSettings | None = None) -> None:
        self._s = settings or OidcSettings()

    def validate(self, token: str) -> StaffIdentity:
        signing_key = _jwks(self._s.jwks_url).get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=list(self._s.algorithms),
            audience=self._s.audience,
            issuer=self._s.issuer,
            leeway=self._s.leeway_s,
            options={"require": ["exp", "iat", "sub"]},
        )
        access = claims.get("resource_access", {}).get(self._s.audience, {})
        return StaffIdentity(
            subject=claims["sub"],
            name=claims.get("name", ""),
            roles=frozenset(access.get("roles", [])),
            clinic_ids=frozenset(int(c) for c in claims.get("clinic_ids", [])),
        )
