"""Validate access tokens presented by partner service centres.

Tokens are signed by the partner identity provider; the key id in the token
header selects the public key from the provider's key set.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Dict

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["PARTNER_IDP_ISSUER"]
AUDIENCE = "workshop-partner-api"
ALLOWED_ALGORITHMS = ["RS256", "ES256"]


@dataclass(frozen=True)
class PartnerIdentity:
    partner_id: str
    centre: str
    scopes: frozenset


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(os.environ["PARTNER_IDP_JWKS_URL"], cache_keys=True)


def _header(token: str) -> Dict[str, Any]:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGORITHMS or "kid" not in header:
        raise jwt.InvalidTokenError("unexpected token header")
    return header


def validate(token: str) -> PartnerIdentity:
    header = _header(token)
    signing_key = _jwks().get_signing_key(header["kid"])
    claims = jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGORITHMS,
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub", "iss", "aud"]},
        leeway=30,
    )
    return PartnerIdentity(
        partner_id=claims["sub"],
        centre=claims.get("centre", ""),
        scopes=frozenset(claims.get("scope", "").split()),
    )
