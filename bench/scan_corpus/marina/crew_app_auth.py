"""Auth dependencies for the crew mobile app API.

Crew members sign in through the identity provider and the app sends the
access token as a bearer header on every call.
"""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwt
from jose.exceptions import JWTError

bearer = HTTPBearer(auto_error=True)

DOCK_ROLES = {"dockhand", "dockmaster"}


@dataclass
class CrewPrincipal:
    crew_id: str
    email: str
    roles: frozenset[str]

    def has_any(self, roles: set[str]) -> bool:
        return bool(self.roles & roles)


def _claims_from(token: str) -> dict:
    try:
        return jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc


def current_crew(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> CrewPrincipal:
    claims = _claims_from(creds.credentials)
    if "sub" not in claims:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token has no subject")
    return CrewPrincipal(
        crew_id=claims["sub"],
        email=claims.get("email", ""),
        roles=frozenset(claims.get("realm_access", {}).get("roles", [])),
    )


def require_dock_role(principal: CrewPrincipal = Depends(current_crew)) -> CrewPrincipal:
    if not principal.has_any(DOCK_ROLES):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "dock role required")
    return principal
