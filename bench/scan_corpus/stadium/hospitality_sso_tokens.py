"""Validates single sign-on tokens for corporate hospitality clients.

Corporate clients sign in through the club's identity provider; the provider
rotates its signing keys, so the key is chosen by the token's key id.
"""
from __future__ import annotations

import os
from typing import Any

import jwt
from jwt import PyJWKClient

ISSUER = os.environ.get("HOSPITALITY_IDP_ISSUER", "")
AUDIENCE = "hospitality-portal"
ACCEPTED_ALGORITHMS = ("RS256", "ES256")

_jwks = PyJWKClient(f"{ISSUER}/.well-known/jwks.json", cache_keys=True, lifespan=900)


class TokenRejected(Exception):
    pass


def _signing_key_for(token: str):
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ACCEPTED_ALGORITHMS or "kid" not in header:
        raise TokenRejected("unexpected token header")
    return _jwks.get_signing_key(header["kid"]).key


def validate(token: str) -> dict[str, Any]:
    try:
        return jwt.decode(
            token,
            _signing_key_for(token),
            algorithms=list(ACCEPTED_ALGORITHMS),
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
            leeway=30,
        )
    except jwt.PyJWTError as exc:
        raise TokenRejected(str(exc)) from exc


def client_account(token: str) -> dict[str, str]:
    claims = validate(token)
    return {
        "account": claims["sub"],
        "company": claims.get("org", ""),
        "box_allocation": claims.get("box", ""),
    }
