"""Bearer-token validation for the coach dashboard API.

Access tokens are RS256 JWTs from the identity service; signing keys are
fetched (and cached) from its JWKS endpoint.
"""
from functools import lru_cache

import jwt
from fastapi import Header, HTTPException, status

from dashboard.settings import IDENTITY

_DECODE_OPTIONS = {"require": ["exp", "iat", "sub"], "verify_aud": True}


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(IDENTITY["jwks_url"], cache_keys=True, lifespan=3600)


def decode_access_token(token: str) -> dict:
    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=IDENTITY["audience"],
        issuer=IDENTITY["issuer"],
        options=_DECODE_OPTIONS,
        leeway=30,
    )


def coach_claims(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    try:
        claims = decode_access_token(token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if "coach" not in claims.get("roles", []):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "coach role required")
    return claims
