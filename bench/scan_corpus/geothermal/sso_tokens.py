"""Validation of identity-provider tokens for the operations web apps."""
from __future__ import annotations

import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ALLOWED_ALGS = ("RS256", "ES256")
ISSUER = os.environ.get("OPS_SSO_ISSUER", "")
AUDIENCE = os.environ.get("OPS_SSO_AUDIENCE", "ops-apps")


class TokenRejected(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def validate(token: str) -> dict:
    # peek at the header only to reject unexpected algorithms early
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS:
        raise TokenRejected(f"algorithm {header.get('alg')!r} not accepted")

    signing_key = _jwks().get_signing_key_from_jwt(token)
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=list(ALLOWED_ALGS),
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenRejected(str(exc)) from exc
