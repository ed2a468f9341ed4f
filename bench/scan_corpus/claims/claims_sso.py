"""OIDC bearer-token validation for internal claims handling APIs.

Tokens are issued by the corporate identity provider. The key id in the token
header selects the signing key from the provider's JWKS.
"""
from __future__ import annotations

import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ALLOWED_ALGORITHMS = ["RS256", "ES256"]
bearer_scheme = HTTPBearer()


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(os.environ["OIDC_JWKS_URL"], cache_keys=True)


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail=detail)


def validate_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError as exc:
        raise _unauthorized("malformed token") from exc
    if header.get("alg") not in ALLOWED_ALGORITHMS or "kid" not in header:
        raise _unauthorized("unsupported token")
    try:
        signing_key = _jwks_client().get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=os.environ["OIDC_AUDIENCE"],
            issuer=os.environ["OIDC_ISSUER"],
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise _unauthorized("invalid token") from exc


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer_scheme)) -> dict:
    return validate_token(creds.credentials)
