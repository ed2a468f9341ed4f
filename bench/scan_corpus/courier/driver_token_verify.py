"""Verification of driver access tokens issued by the identity service."""
from __future__ import annotations

from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from courier.config import settings

bearer = HTTPBearer()
ALLOWED_ALGS = ["RS256", "ES256"]


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(settings.IDENTITY_JWKS_URL, cache_keys=True, lifespan=900)


def decode_driver_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc
    if header.get("alg") not in ALLOWED_ALGS or "kid" not in header:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unsupported token header")

    signing_key = _jwks().get_signing_key_from_jwt(token)
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=settings.DRIVER_API_AUDIENCE,
            issuer=settings.IDENTITY_ISSUER,
            options={"require": ["exp", "sub", "depot"]},
        )
    except jwt.InvalidTokenError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_driver(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    claims = decode_driver_token(creds.credentials)
    if claims.get("role") not in {"driver", "driver_lead"}:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not a driver token")
    return claims
