"""Validates access tokens issued by the yard's identity provider.

The provider rotates signing keys, so the ``kid`` from the token header is
used to choose the right public key before the token is verified.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class IdentitySettings:
    issuer: str
    audience: str
    jwks_url: str
    leeway_seconds: int = 30

    @classmethod
    def from_env(cls) -> "IdentitySettings":
        return cls(
            issuer=os.environ["PORTAL_OIDC_ISSUER"],
            audience=os.environ.get("PORTAL_OIDC_AUDIENCE", "yard-portal"),
            jwks_url=os.environ["PORTAL_OIDC_JWKS_URL"],
        )


@dataclass
class PortalUser:
    subject: str
    email: str
    roles: tuple[str, ...]


class SessionClaimsValidator:
    ALLOWED_ALGORITHMS = ("RS256", "ES256")

    def __init__(self, settings: IdentitySettings) -> None:
        self._settings = settings
        self._jwks = PyJWKClient(settings.jwks_url, cache_keys=True)

    def _signing_key(self, token: str) -> Any:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in self.ALLOWED_ALGORITHMS:
            raise jwt.InvalidAlgorithmError(f"algorithm {header.get('alg')!r} not accepted")
        return self._jwks.get_signing_key(header["kid"]).key

    def validate(self, token: str) -> PortalUser:
        claims: Dict[str, Any] = jwt.decode(
            token,
            self._signing_key(token),
            algorithms=list(self.ALLOWED_ALGORITHMS),
            audience=self._settings.audience,
            issuer=self._settings.issuer,
            leeway=self._settings.leeway_seconds,
            options={"require": ["exp", "iat", "sub"]},
        )
        return PortalUser(
            subject=claims["sub"],
            email=claims.get("email", ""),
            roles=tuple(claims.get("roles", [])),
        )
