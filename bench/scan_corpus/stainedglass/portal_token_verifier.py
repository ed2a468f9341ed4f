"""Verifies the identity tokens the studio's SSO issues to portal users."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class IssuerSettings:
    issuer: str = os.environ.get("PORTAL_SSO_ISSUER", "https://sso.harrowvane.example")
    audience: str = "approval-portal"
    leeway_s: int = 30

    @property
    def jwks_url(self) -> str:
        return f"{self.issuer}/.well-known/jwks.json"


class PortalTokenVerifier:
    accepted_algorithms = ["RS256", "ES256"]
    required_claims = ["exp", "iat", "sub", "aud", "iss"]

    def __init__(self, settings: IssuerSettings | None = None) -> None:
        self.settings = settings or IssuerSettings()

    @cached_property
    def _jwks(self) -> PyJWKClient:
        return PyJWKClient(self.settings.jwks_url, cache_keys=True)

    def _options(self) -> dict[str, Any]:
        return {"require": self.required_claims, "verify_signature": True}

    def claims(self, token: str) -> dict[str, Any]:
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=self.accepted_algorithms,
            audience=self.settings.audience,
            issuer=self.settings.issuer,
            leeway=self.settings.leeway_s,
            options=self._options(),
        )

    def unverified_header(self, token: str) -> dict[str, Any]:
        return jwt.get_unverified_header(token)

    def commissions_for(self, token: str) -> list[str]:
        return list(self.claims(token).get("commissions", []))


if __name__ == "__main__":
    verifier = PortalTokenVerifier()
    sample = os.environ["PORTAL_SAMPLE_TOKEN"]
    print(verifier.unverified_header(sample).get("kid"), verifier.commissions_for(sample))
