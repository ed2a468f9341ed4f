"""Bearer-token authentication for the farm-management REST API.

Access tokens are RS256 JWTs issued by the identity provider; signing keys
are published on its JWKS endpoint and rotated regularly.
"""
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .settings import settings

_bearer = HTTPBearer(auto_error=True)
ACCEPTED_ALGORITHMS = ["RS256"]


@dataclass
class Principal:
    user_id: str
    farm_ids: list[int]
    scopes: set[str]


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(settings.oidc_jwks_url, cache_keys=True)


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail=detail, headers={"WWW-Authenticate": "Bearer"})


def decode_access_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ACCEPTED_ALGORITHMS:
        raise _unauthorized("unsupported token algorithm")
    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ACCEPTED_ALGORITHMS,
        audience=settings.oidc_audience,
        issuer=settings.oidc_issuer,
        options={"require": ["exp", "iat", "sub"]},
    )


def current_principal(creds: HTTPAuthorizationCredentials = Depends(_bearer)) -> Principal:
    try:
        claims = decode_access_token(creds.credentials)
    except jwt.PyJWTError:
        raise _unauthorized("invalid token")
    return Principal(
        user_id=claims["sub"],
        farm_ids=[int(f) for f in claims.get("farms", [])],
        scopes=set(claims.get("scope", "").split()),
    )
