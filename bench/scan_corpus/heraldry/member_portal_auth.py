"""FastAPI dependencies resolving the signed-in member from the portal token.

Tokens are issued by the identity service after the member signs in and are
sent by the single-page portal in the Authorization header.
"""
from dataclasses import dataclass
from typing import Annotated

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=False)

ISSUER = "https://id.heraldry-studio.example"
REQUIRED_CLAIMS = ("sub", "exp", "roles")


@dataclass
class PortalUser:
    member_id: int
    email: str
    roles: frozenset[str]

    @property
    def is_herald(self) -> bool:
        return "herald" in self.roles


def _claims_from(token: str) -> dict:
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.DecodeError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc
    if claims.get("iss") != ISSUER or any(c not in claims for c in REQUIRED_CLAIMS):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return claims


def current_user(
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> PortalUser:
    if creds is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "sign in required")
    claims = _claims_from(creds.credentials)
    return PortalUser(
        member_id=int(claims["sub"]),
        email=claims.get("email", ""),
        roles=frozenset(claims.get("roles", [])),
    )


def require_herald(user: Annotated[PortalUser, Depends(current_user)]) -> PortalUser:
    if not user.is_herald:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "herald role required")
    return user
