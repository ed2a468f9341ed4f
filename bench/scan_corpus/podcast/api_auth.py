"""Bearer-token auth for the creator API (RS256 tokens from our auth service)."""
from functools import lru_cache

import requests
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwt as jose_jwt
from jose.exceptions import JWTError

from .settings import settings

bearer = HTTPBearer()


@lru_cache(maxsize=1)
def _jwks() -> dict:
    resp = requests.get(settings.jwks_url, timeout=10)
    resp.raise_for_status()
    return {k["kid"]: k for k in resp.json()["keys"]}


def _signing_key(token: str) -> dict:
    # the header only tells us which published key to verify against
    kid = jose_jwt.get_unverified_header(token).get("kid")
    key = _jwks().get(kid)
    if key is None:
        _jwks.cache_clear()
        key = _jwks().get(kid)
    if key is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown signing key")
    return key


def current_creator(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    token = creds.credentials
    try:
        claims = jose_jwt.decode(
            token,
            _signing_key(token),
            algorithms=["RS256"],
            audience=settings.api_audience,
            issuer=settings.auth_issuer,
        )
    except JWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if "creator" not in claims.get("roles", []):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "creator role required")
    return claims
