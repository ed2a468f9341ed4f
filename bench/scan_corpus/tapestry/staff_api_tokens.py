"""Verifies access tokens from the studio's identity provider for the staff API."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)


@dataclass(frozen=True)
class IdpSettings:
    jwks_url: str
    issuer: str
    audience: str

    @classmethod
    def from_env(cls) -> "IdpSettings":
        return cls(
            jwks_url=os.environ["STAFF_IDP_JWKS_URL"],
            issuer=os.environ["STAFF_IDP_ISSUER"],
            audience=os.environ.get("STAFF_API_AUDIENCE", "tapestry-staff-api"),
        )


@lru_cache(maxsize=1)
def _settings() -> IdpSettings:
    return IdpSettings.from_env()


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(_settings().jwks_url, cache_keys=True)


@dataclass
class StaffPrincipal:
    subject: str
    email: str
    roles: list[str]


def verify_staff_token(token: str) -> StaffPrincipal:
    settings = _settings()
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "RS256":
        raise jwt.InvalidAlgorithmError("unexpected algorithm")
    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    claims = jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=settings.audience,
        issuer=settings.issuer,
        options={"require": ["exp", "iat", "sub"]},
    )
    return StaffPrincipal(subject=claims["sub"], email=claims.get("email", ""), roles=claims.get("roles", []))


def current_staff(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> StaffPrincipal:
    try:
        return verify_staff_token(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token")
