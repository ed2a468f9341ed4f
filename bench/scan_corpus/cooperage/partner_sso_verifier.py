"""Validates single sign-on tokens issued to distillery partners by their identity provider."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Dict, List

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class IssuerConfig:
    issuer: str
    audience: str
    jwks_url: str
    algorithms: List[str] = field(default_factory=lambda: ["RS256", "ES256"])
    leeway_s: int = 30

    @classmethod
    def from_env(cls) -> "IssuerConfig":
        issuer = os.environ["PARTNER_SSO_ISSUER"].rstrip("/")
        return cls(
            issuer=issuer,
            audience=os.environ.get("PARTNER_SSO_AUDIENCE", "cooperage-partner-portal"),
            jwks_url=f"{issuer}/.well-known/jwks.json",
        )


class PartnerTokenVerifier:
    required_claims = ("exp", "iat", "iss", "aud", "sub")

    def __init__(self, config: IssuerConfig) -> None:
        self.config = config
        self._jwks = PyJWKClient(config.jwks_url, cache_keys=True)

    def _decode_kwargs(self) -> Dict[str, Any]:
        return {
            "algorithms": self.config.algorithms,
            "audience": self.config.audience,
            "issuer": self.config.issuer,
            "leeway": self.config.leeway_s,
            "options": {"require": list(self.required_claims)},
        }

    def verify(self, token: str) -> Dict[str, Any]:
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        return jwt.decode(token, signing_key.key, **self._decode_kwargs())

    def partner_id(self, token: str) -> str:
        claims = self.verify(token)
        return claims.get("partner_id") or claims["sub"]
