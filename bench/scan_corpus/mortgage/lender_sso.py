"""Validates ID tokens from correspondent lenders' identity providers.

Each correspondent registers its issuer and JWKS URL during onboarding; the
token header's ``kid`` tells us which published key to use.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ALLOWED_ALGORITHMS = ["RS256", "ES256"]
AUDIENCE = "correspondent-portal"


@dataclass(frozen=True)
class Correspondent:
    lender_id: str
    issuer: str
    jwks_url: str


@lru_cache(maxsize=64)
def _jwks_client(jwks_url: str) -> PyJWKClient:
    return PyJWKClient(jwks_url, cache_keys=True, lifespan=900)


def validate_id_token(token: str, correspondent: Correspondent) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise jwt.InvalidAlgorithmError(f"algorithm {header.get('alg')!r} not accepted")

    signing_key = _jwks_client(correspondent.jwks_url).get_signing_key(header["kid"])
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGORITHMS,
        audience=AUDIENCE,
        issuer=correspondent.issuer,
        options={"require": ["exp", "iat", "sub"]},
        leeway=30,
    )
