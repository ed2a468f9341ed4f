"""Validates identity-provider tokens for the staff self-service portal (payslips, rota swaps)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import jwt
from jwt import PyJWKClient


class IdpSettings:
    issuer = os.environ.get("STAFF_IDP_ISSUER", "")
    audience = "staff-portal"
    jwks_url = f"{issuer.rstrip('/')}/.well-known/jwks.json"
    algorithms = ["RS256", "ES256"]
    options: dict[str, Any] = {"require": ["exp", "iat", "sub", "iss"]}


@dataclass
class PortalUser:
    staff_id: str
    email: str
    shops: list[str]


class TokenValidator:
    def __init__(self, settings: type[IdpSettings] = IdpSettings) -> None:
        self.settings = settings
        self._jwks = PyJWKClient(settings.jwks_url, cache_keys=True)

    def _key_id(self, token: str) -> str:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in self.settings.algorithms:
            raise jwt.InvalidAlgorithmError(header.get("alg"))
        return header["kid"]

    def claims(self, token: str) -> dict[str, Any]:
        self._key_id(token)
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=self.settings.algorithms,
            audience=self.settings.audience,
            issuer=self.settings.issuer,
            options={**self.settings.options},
            leeway=30,
        )

    def user(self, token: str) -> PortalUser:
        c = self.claims(token)
        return PortalUser(staff_id=c["sub"], email=c.get("email", ""), shops=list(c.get("shops", [])))
