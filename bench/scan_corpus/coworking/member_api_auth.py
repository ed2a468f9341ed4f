"""Bearer-token authentication for the public member API (desk and room booking).

Access tokens are issued by the identity provider and signed with RS256; the
signing keys are fetched from the provider's JWKS endpoint.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)


@dataclass(frozen=True)
class IdentitySettings:
    issuer: str
    audience: str
    jwks_url: str


@lru_cache
def identity_settings() -> IdentitySettings:
    return IdentitySettings(
        issuer=os.environ["IDP_ISSUER"],
        audience=os.environ.get("MEMBER_API_AUDIENCE", "member-api"),
        jwks_url=os.environ["IDP_JWKS_URL"],
    )


@lru_cache
def jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(identity_settings().jwks_url, cache_keys=True)


@dataclass
class MemberPrincipal:
    member_id: str
    scopes: frozenset[str]


def current_member(credentials: HTTPAuthorizationCredentials = Depends(bearer)) -> MemberPrincipal:
    settings = identity_settings()
    token = credentials.credentials
    try:
        signing_key = jwks_client().get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=["RS256"],
            audience=settings.audience,
            issuer=settings.issuer,
            options={"require": ["exp", "sub", "iss", "aud"]},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token") from exc
    return MemberPrincipal(member_id=claims["sub"], scopes=frozenset(claims.get("scope", "").split()))


def require_scope(scope: str):
    def checker(principal: MemberPrincipal = Depends(current_member)) -> MemberPrincipal:
        if scope not in principal.scopes:
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="insufficient scope")
        return principal

    return checker
