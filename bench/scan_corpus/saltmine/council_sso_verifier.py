"""Verifies single sign-on tokens issued by council identity providers."""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict

import jwt
from jwt import PyJWKClient

IDP_REGISTRY = Path(os.environ.get("COUNCIL_IDP_REGISTRY", "/etc/saltmine/council_idps.json"))
TRUSTED_ISSUERS: Dict[str, str] = json.loads(IDP_REGISTRY.read_text())


@lru_cache(maxsize=16)
def _jwks_client(url: str) -> PyJWKClient:
    return PyJWKClient(url, cache_keys=True)


class CouncilTokenVerifier:
    def __init__(self, audience: str = os.environ.get("PORTAL_AUDIENCE", "tender-portal")) -> None:
        self.audience = audience
        self.algorithms = ["RS256", "ES256"]

    def _issuer_of(self, token: str) -> str:
        claims = jwt.decode(token, options={"verify_signature": False})
        issuer = claims.get("iss", "")
        if issuer not in TRUSTED_ISSUERS:
            raise jwt.InvalidIssuerError(f"untrusted issuer {issuer!r}")
        return issuer

    def verify(self, token: str) -> Dict[str, Any]:
        issuer = self._issuer_of(token)
        signing_key = _jwks_client(TRUSTED_ISSUERS[issuer]).get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=self.algorithms,
            audience=self.audience,
            issuer=issuer,
            options={"require": ["exp", "iat", "sub"]},
        )


verifier = CouncilTokenVerifier()


def council_officer(token: str) -> Dict[str, Any]:
    claims = verifier.verify(token)
    return {"officer": claims["sub"], "council": claims.get("org", claims["iss"])}
