"""Bearer-token authentication for the data catalog API.

Tokens are issued by the company IdP; signing keys are fetched from its JWKS
endpoint and cached by PyJWKClient.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, Header, HTTPException, status

ISSUER = os.environ["CATALOG_OIDC_ISSUER"].rstrip("/")
AUDIENCE = os.environ.get("CATALOG_OIDC_AUDIENCE", "data-catalog")
ALLOWED_ALGS = ["RS256", "ES256"]


@dataclass(frozen=True)
class CatalogUser:
    email: str
    groups: frozenset[str]


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{ISSUER}/.well-known/jwks.json", cache_keys=True)


def current_user(authorization: str = Header(...)) -> CatalogUser:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in ALLOWED_ALGS:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unsupported token algorithm")
        signing_key = _jwks().get_signing_key(header["kid"])
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except (jwt.PyJWTError, KeyError) as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return CatalogUser(email=claims.get("email", claims["sub"]), groups=frozenset(claims.get("groups", [])))


def require_group(group: str):
    def _dep(user: CatalogUser = Depends(current_user)) -> CatalogUser:
        if group not in user.groups:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"{group} membership required")
        return user

    return _dep
