"""Validate partner access tokens for the public search API.

Tokens are RS256 JWTs minted by the archive's identity service. Signing keys
rotate, so the key is looked up by ``kid`` in the published JWKS.
"""

from __future__ import annotations

import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["IDP_ISSUER"]
AUDIENCE = "search-api"
ALGORITHMS = ["RS256"]


class TokenError(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks_client() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def validate_partner_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in ALGORITHMS:
            raise TokenError(f"unexpected algorithm {header.get('alg')!r}")
        signing_key = _jwks_client().get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=ALGORITHMS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc
    if "partner_id" not in claims:
        raise TokenError("token has no partner_id claim")
    return claims
