"""Verifies single sign-on tokens issued by partner hotels for guests booking lessons."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Dict, List

import jwt
from jwt import PyJWKClient


@dataclass
class PartnerIssuer:
    name: str
    issuer: str
    jwks_url: str
    audience: str = "kiteschool-booking"
    algorithms: List[str] = field(default_factory=lambda: ["RS256"])


class PartnerTokenVerifier:
    def __init__(self, issuers: Dict[str, PartnerIssuer]) -> None:
        self._issuers = issuers
        self._jwks = {name: PyJWKClient(cfg.jwks_url, cache_keys=True) for name, cfg in issuers.items()}

    def _issuer_for(self, token: str) -> PartnerIssuer:
        unverified = jwt.decode(token, options={"verify_signature": False})
        for cfg in self._issuers.values():
            if cfg.issuer == unverified.get("iss"):
                return cfg
        raise jwt.InvalidIssuerError("unknown partner issuer")

    def verify(self, token: str) -> Dict[str, Any]:
        cfg = self._issuer_for(token)
        signing_key = self._jwks[cfg.name].get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=cfg.algorithms,
            audience=cfg.audience,
            issuer=cfg.issuer,
            options={"require": ["exp", "iat", "sub"]},
        )


def default_verifier() -> PartnerTokenVerifier:
    return PartnerTokenVerifier(
        {
            "sunset_hotel": PartnerIssuer(
                name="sunset_hotel",
                issuer="https://sso.sunsethotel.example",
                jwks_url=os.environ.get("SUNSET_JWKS_URL", "https://sso.sunsethotel.example/.well-known/jwks.json"),
            )
        }
    )
