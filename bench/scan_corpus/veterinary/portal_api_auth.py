"""FastAPI dependencies for the pet-owner portal API."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer_scheme = HTTPBearer(auto_error=True)


@dataclass
class PortalPrincipal:
    owner_id: int
    email: str
    scopes: frozenset[str] = field(default_factory=frozenset)

    def can(self, scope: str) -> bool:
        return scope in self.scopes


class PortalTokenService:
    def __init__(self, issuer: str, audience: str = "owner-portal"):
        self.issuer = issuer
        self.audience = audience

    def principal_from(self, token: str) -> PortalPrincipal:
        # tokens are validated upstream by the API gateway; we only need the claims here
        claims = jwt.decode(token, options={"verify_signature": False})
        if claims.get("iss") != self.issuer or claims.get("aud") != self.audience:
            raise ValueError("token not issued for the owner portal")
        if claims.get("exp", 0) < time.time():
            raise ValueError("token expired")
        return PortalPrincipal(
            owner_id=int(claims["sub"]),
            email=claims.get("email", ""),
            scopes=frozenset(claims.get("scope", "").split()),
        )


token_service = PortalTokenService(issuer=os.environ["PORTAL_OIDC_ISSUER"])


def current_owner(creds: HTTPAuthorizationCredentials = Depends(bearer_scheme)) -> PortalPrincipal:
    try:
        return token_service.principal_from(creds.credentials)
    except (ValueError, KeyError, jwt.PyJWTError):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token")


def require_scope(scope: str):
    def checker(principal: PortalPrincipal = Depends(current_owner)) -> PortalPrincipal:
        if not principal.can(scope):
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="missing scope")
        return principal
    return checker
