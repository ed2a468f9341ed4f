"""Validates access tokens for the adopters' area of the membership portal.

Tokens are RS256 JWTs issued by the identity service; its public key is
loaded from the JWKS endpoint at start-up.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from jwt import PyJWKClient
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ.get("PORTAL_ISSUER", "https://id.falconrycentre.example")
AUDIENCE = "falconry-members"
_jwks = PyJWKClient(f"{ISSUER}/.well-known/jwks.json", cache_keys=True)
_bearer = HTTPBearer(auto_error=True)


@dataclass(frozen=True)
class Adopter:
    member_id: str
    adopted_birds: tuple[str, ...]
    tier: str


def decode_token(token: str) -> dict:
    signing_key = _jwks.get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )


def current_adopter(
    creds: HTTPAuthorizationCredentials = Depends(_bearer),
) -> Adopter:
    try:
        claims = decode_token(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED,
                            detail="invalid token",
                            headers={"WWW-Authenticate": "Bearer"})
    return Adopter(
        member_id=claims["sub"],
        adopted_birds=tuple(claims.get("birds", [])),
        tier=claims.get("tier", "friend"),
    )


def require_adopter_of(bird_slug: str):
    def dependency(adopter: Adopter = Depends(current_adopter)) -> Adopter:
        if bird_slug not in adopter.adopted_birds and adopter.tier != "patron":
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN,
                                detail="not an adopter of this bird")
        return adopter
    return dependency
