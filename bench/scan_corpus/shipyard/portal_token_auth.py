"""Bearer token validation for the subcontractor portal API.

Tokens are RS256 JWTs issued by the yard identity provider. The key id in
the header selects the signing key from the provider's JWKS.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ["PORTAL_TOKEN_ISSUER"]
AUDIENCE = "subcontractor-portal"
bearer = HTTPBearer()


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{ISSUER}/.well-known/jwks.json", cache_keys=True)


@dataclass(frozen=True)
class PortalUser:
    subject: str
    company_id: str
    roles: frozenset[str]


def _verify(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "RS256":
        raise jwt.InvalidAlgorithmError("unexpected algorithm")
    signing_key = _jwks().get_signing_key(header["kid"]).key
    return jwt.decode(
        token,
        signing_key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> PortalUser:
    try:
        claims = _verify(creds.credentials)
    except (jwt.PyJWTError, KeyError):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    if "company_id" not in claims:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "no company bound to this account")
    return PortalUser(claims["sub"], str(claims["company_id"]), frozenset(claims.get("roles", [])))
