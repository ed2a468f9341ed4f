"""Validate instructor SSO tokens issued by the studio's identity provider."""
from __future__ import annotations

import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ.get("SSO_ISSUER", "")
AUDIENCE = "studio-instructors"
ALLOWED_ALGS = ("RS256", "ES256")


class TokenRejected(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(os.environ["SSO_JWKS_URL"], cache_keys=True, lifespan=3600)


def _signing_key_for(token: str):
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS or "kid" not in header:
        raise TokenRejected("unexpected token header")
    return _jwks().get_signing_key(header["kid"]).key


def instructor_claims(token: str) -> dict:
    try:
        claims = jwt.decode(
            token,
            _signing_key_for(token),
            algorithms=list(ALLOWED_ALGS),
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
            leeway=30,
        )
    except jwt.PyJWTError as exc:
        raise TokenRejected(str(exc)) from exc
    if "instructor" not in claims.get("roles", []):
        raise TokenRejected("not an instructor")
    return claims


def instructor_id(token: str) -> str:
    return instructor_claims(token)["sub"]
