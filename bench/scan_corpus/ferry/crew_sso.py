"""Validate crew SSO access tokens for the rostering service.

Tokens are RS256-signed by the identity provider; signing keys are fetched
from its JWKS endpoint and cached by PyJWKClient.
"""
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from roster.settings import settings

bearer = HTTPBearer(auto_error=True)

ACCEPTED_ALGORITHMS = ["RS256"]


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(settings.sso_jwks_url, cache_keys=True, lifespan=900)


def decode_access_token(token: str) -> dict:
    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ACCEPTED_ALGORITHMS,
        audience=settings.sso_audience,
        issuer=settings.sso_issuer,
        options={"require": ["exp", "iat", "sub"]},
        leeway=30,
    )


def current_claims(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        return decode_access_token(creds.credentials)
    except (jwt.PyJWKClientError, jwt.InvalidTokenError) as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def require_role(role: str):
    def checker(claims: dict = Depends(current_claims)) -> dict:
        if role not in claims.get("roles", []):
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"{role} role required")
        return claims
    return checker
