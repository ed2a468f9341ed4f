"""Bearer token validation for the distributor-facing portal API."""
from __future__ import annotations

from functools import lru_cache

import jwt
from fastapi import Header, HTTPException, status

from portal.settings import settings

ALLOWED_ALGORITHMS = ["RS256"]


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(settings.IDP_JWKS_URL, cache_keys=True, lifespan=3600)


def decode_access_token(token: str) -> dict:
    # Look at the header only to pick the right key; the claims are not
    # trusted until decode() below has checked the signature.
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise jwt.InvalidAlgorithmError("unexpected algorithm")
    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGORITHMS,
        audience=settings.IDP_AUDIENCE,
        issuer=settings.IDP_ISSUER,
        options={"require": ["exp", "iat", "sub"]},
        leeway=30,
    )


def distributor_claims(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    try:
        claims = decode_access_token(token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if "distributor_id" not in claims:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not a distributor token")
    return claims
