"""Verifies identity tokens from the corporate SSO used by the staff shift app."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Dict, List

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class SSOSettings:
    issuer: str = field(default_factory=lambda: os.environ["STAFF_SSO_ISSUER"])
    audience: str = field(default_factory=lambda: os.environ["STAFF_SSO_AUDIENCE"])
    algorithms: tuple = ("RS256",)
    leeway_s: int = 30

    @property
    def jwks_url(self) -> str:
        return f"{self.issuer.rstrip('/')}/.well-known/jwks.json"


@dataclass
class StaffIdentity:
    subject: str
    email: str
    sites: List[str]
    roles: List[str]


class StaffTokenVerifier:
    DECODE_OPTIONS: Dict[str, Any] = {"require": ["exp", "iat", "iss", "aud", "sub"]}

    def __init__(self, settings: SSOSettings | None = None) -> None:
        self.settings = settings or SSOSettings()

    @cached_property
    def _jwks(self) -> PyJWKClient:
        return PyJWKClient(self.settings.jwks_url, cache_keys=True)

    def verify(self, token: str) -> StaffIdentity:
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=list(self.settings.algorithms),
            audience=self.settings.audience,
            issuer=self.settings.issuer,
            leeway=self.settings.leeway_s,
            options={**self.DECODE_OPTIONS},
        )
        return StaffIdentity(
            subject=claims["sub"],
            email=claims.get("email", ""),
            sites=claims.get("bathhouse_sites", []),
            roles=claims.get("roles", []),
        )
