"""Validates staff single sign-on tokens for the cellar and taproom back office."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class SSOSettings:
    issuer: str = field(default_factory=lambda: os.environ["STAFF_SSO_ISSUER"])
    audience: str = field(default_factory=lambda: os.environ["STAFF_SSO_AUDIENCE"])
    jwks_url: str = field(default_factory=lambda: os.environ["STAFF_SSO_JWKS_URL"])
    algorithms: tuple[str, ...] = ("RS256", "ES256")
    leeway_seconds: int = 30


class StaffTokenValidator:
    def __init__(self, settings: SSOSettings | None = None) -> None:
        self.settings = settings or SSOSettings()
        self._jwks = PyJWKClient(self.settings.jwks_url, cache_keys=True)

    def _signing_key(self, token: str):
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in self.settings.algorithms:
            raise jwt.InvalidAlgorithmError(header.get("alg"))
        return self._jwks.get_signing_key(header["kid"]).key

    def claims(self, token: str) -> dict:
        return jwt.decode(
            token,
            self._signing_key(token),
            algorithms=list(self.settings.algorithms),
            audience=self.settings.audience,
            issuer=self.settings.issuer,
            leeway=self.settings.leeway_seconds,
            options={"require": ["exp", "iat", "sub"]},
        )

    def roles(self, token: str) -> set[str]:
        return set(self.claims(token).get("roles", []))

    def require_role(self, token: str, role: str) -> dict:
        claims = self.claims(token)
        if role not in claims.get("roles", []):
            raise PermissionError(f"staff role {role} required")
        return claims
