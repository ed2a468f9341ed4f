"""Verify access tokens issued by the identity provider for the parent app."""
import os
from functools import lru_cache

import jwt
from fastapi import Header, HTTPException, status

ISSUER = os.environ["PARENT_APP_ISSUER"]
AUDIENCE = os.environ.get("PARENT_APP_AUDIENCE", "parent-app")
JWKS_URL = os.environ["PARENT_APP_JWKS_URL"]


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(JWKS_URL, cache_keys=True)


def verify_parent_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "RS256":
        raise jwt.InvalidAlgorithmError("unexpected algorithm")
    signing_key = _jwks_client().get_signing_key(header["kid"])
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )


def parent_claims(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    try:
        return verify_parent_token(token)
    except (jwt.PyJWTError, KeyError):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
