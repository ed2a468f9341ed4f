"""Verifies crew app access tokens issued by the company identity provider.

Tokens are RS256 JWTs; the signing key is picked from the provider's
JWKS document using the ``kid`` in the token header.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class IssuerConfig:
    issuer: str = os.environ.get("IDP_ISSUER", "https://login.swf-farms.example/")
    audience: str = os.environ.get("CREW_APP_AUDIENCE", "crew-app")
    jwks_url: str = os.environ.get("IDP_JWKS_URL", "https://login.swf-farms.example/.well-known/jwks.json")
    leeway_s: int = 30


class CrewTokenVerifier:
    accepted_algorithms = ("RS256",)

    def __init__(self, config: IssuerConfig | None = None) -> None:
        self._config = config or IssuerConfig()
        self._jwks = PyJWKClient(self._config.jwks_url, cache_keys=True)

    def _header(self, token: str) -> dict[str, Any]:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in self.accepted_algorithms:
            raise jwt.InvalidAlgorithmError("unexpected signing algorithm")
        return header

    def _decode_kwargs(self) -> dict[str, Any]:
        return {
            "algorithms": list(self.accepted_algorithms),
            "audience": self._config.audience,
            "issuer": self._config.issuer,
            "leeway": self._config.leeway_s,
            "options": {"require": ["exp", "iat", "sub"]},
        }

    def verify(self, token: str) -> dict[str, Any]:
        self._header(token)
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        return jwt.decode(token, signing_key.key, **self._decode_kwargs())

    def crew_id(self, token: str) -> str:
        claims = self.verify(token)
        if "crew" not in claims.get("roles", []):
            raise PermissionError("token does not carry the crew role")
        return claims["sub"]
