"""Validates access tokens for the stream ingest control plane.

Tokens are RS256 JWTs from the identity provider. The key id is read from
the header only to choose the right signing key; the claims are trusted
only after full verification.
"""
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["IDP_ISSUER"]
AUDIENCE = "stream-ingest"
ALLOWED_ALGS = ["RS256"]


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS:
        raise jwt.InvalidAlgorithmError("unexpected token algorithm")
    return _jwks().get_signing_key(header["kid"]).key


def verify_ingest_token(token: str) -> dict:
    claims = jwt.decode(
        token,
        _signing_key(token),
        algorithms=ALLOWED_ALGS,
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub", "aud", "iss"]},
    )
    if "stream:publish" not in claims.get("scope", "").split():
        raise PermissionError("token lacks stream:publish scope")
    return claims
