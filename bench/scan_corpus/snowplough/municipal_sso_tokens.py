"""Validates staff SSO tokens presented to the winter dispatch console."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class SsoConfig:
    jwks_url: str
    issuer: str
    audience: str
    leeway_s: int = 30

    @classmethod
    def from_env(cls) -> "SsoConfig":
        return cls(
            jwks_url=os.environ["SSO_JWKS_URL"],
            issuer=os.environ["SSO_ISSUER"],
            audience=os.environ.get("SSO_AUDIENCE", "winter-dispatch"),
        )


class StaffTokenValidator:
    algorithms = ("RS256", "ES256")
    required_claims = ("exp", "iat", "sub", "roles")

    def __init__(self, config: SsoConfig) -> None:
        self.config = config

    @property
    def jwks(self) -> PyJWKClient:
        return _jwks_client(self.config.jwks_url)

    def decode(self, token: str) -> dict[str, Any]:
        signing_key = self.jwks.get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=list(self.algorithms),
            audience=self.config.audience,
            issuer=self.config.issuer,
            leeway=self.config.leeway_s,
            options={"require": list(self.required_claims)},
        )

    def roles(self, token: str) -> set[str]:
        claims = self.decode(token)
        return {r for r in claims.get("roles", []) if isinstance(r, str)}

    def can_dispatch(self, token: str) -> bool:
        return bool(self.roles(token) & {"winter-supervisor", "duty-officer"})


@lru_cache(maxsize=4)
def _jwks_client(url: str) -> PyJWKClient:
    return PyJWKClient(url, cache_keys=True, lifespan=3600)
