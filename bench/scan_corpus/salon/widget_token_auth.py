"""Verify tokens presented by the booking widget embedded on partner sites.

Tokens are RS256 JWTs signed by our auth service. The header's `kid`
selects which of the published signing keys to check against.
"""
from __future__ import annotations

import os
from functools import lru_cache

import jwt
from fastapi import Header, HTTPException
from jwt import PyJWKClient

ISSUER = os.environ.get("WIDGET_TOKEN_ISSUER", "booking-auth")
AUDIENCE = "booking-widget"
ALLOWED_KIDS_PREFIX = "widget-"


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(os.environ["WIDGET_JWKS_URL"], cache_keys=True, lifespan=3600)


def verify_widget_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    kid = header.get("kid", "")
    if not kid.startswith(ALLOWED_KIDS_PREFIX):
        raise jwt.InvalidTokenError("unexpected signing key")

    signing_key = _jwks().get_signing_key(kid)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )


def widget_claims(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="Bearer token required")
    try:
        return verify_widget_token(token)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="Invalid widget token")
