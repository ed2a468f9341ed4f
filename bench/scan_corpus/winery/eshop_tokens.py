"""Validate access tokens issued by the identity provider for e-shop API calls."""
from __future__ import annotations

import os
from functools import lru_cache

import jwt
from flask import g, request, abort

ISSUER = os.environ["ESHOP_OIDC_ISSUER"]
AUDIENCE = os.environ.get("ESHOP_API_AUDIENCE", "eshop-api")
ALLOWED_ALGS = ["RS256", "ES256"]


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def decode_access_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS:
        raise jwt.InvalidAlgorithmError(header.get("alg"))
    signing_key = _jwks().get_signing_key(header["kid"])
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGS,
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub", "aud", "iss"]},
    )


def require_customer():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    try:
        g.claims = decode_access_token(auth[7:])
    except (jwt.PyJWTError, KeyError):
        abort(401)
    g.customer_id = g.claims["sub"]
