"""Validates identity tokens issued by the group SSO for the ship-owner portal."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class SsoSettings:
    issuer: str = field(default_factory=lambda: os.environ["OWNER_SSO_ISSUER"])
    audience: str = field(default_factory=lambda: os.environ.get("OWNER_SSO_AUDIENCE", "owner-portal"))
    algorithms: tuple[str, ...] = ("RS256",)
    leeway_s: int = 30

    @property
    def jwks_url(self) -> str:
        return f"{self.issuer.rstrip('/')}/.well-known/jwks.json"


@dataclass
class OwnerPrincipal:
    subject: str
    owner_code: str
    roles: list[str]


class OwnerTokenValidator:
    def __init__(self, settings: SsoSettings | None = None) -> None:
        self.settings = settings or SsoSettings()

    @cached_property
    def _jwks(self) -> PyJWKClient:
        return PyJWKClient(self.settings.jwks_url, cache_keys=True)

    def _decode_kwargs(self) -> dict:
        s = self.settings
        return {"algorithms": list(s.algorithms), "audience": s.audience, "issuer": s.issuer,
                "leeway": s.leeway_s, "options": {"require": ["exp", "iat", "sub"]}}

    def validate(self, token: str) -> OwnerPrincipal:
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        claims = jwt.decode(token, signing_key.key, **self._decode_kwargs())
        return OwnerPrincipal(
            subject=claims["sub"],
            owner_code=claims.get("owner_code", ""),
            roles=list(claims.get("roles", [])),
        )
