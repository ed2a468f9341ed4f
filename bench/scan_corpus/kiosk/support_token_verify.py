"""Verifies technician bearer tokens for the kiosk support API.

Tokens are issued by the support identity provider and signed with RS256;
signing keys are published on its JWKS endpoint and rotated regularly.
"""
from __future__ import annotations

import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ.get("SUPPORT_IDP_ISSUER", "")
AUDIENCE = "kiosk-support-api"
ALLOWED_ALGS = ["RS256"]


class TokenRejected(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks_client() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def verify_technician_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise TokenRejected("malformed token") from exc
    if header.get("alg") not in ALLOWED_ALGS or "kid" not in header:
        raise TokenRejected("unsupported token header")

    try:
        signing_key = _jwks_client().get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenRejected(str(exc)) from exc


def technician_roles(token: str) -> set[str]:
    claims = verify_technician_token(token)
    return set(claims.get("roles", []))
