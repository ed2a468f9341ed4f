"""Request authentication for the internal ops console API.

The console front end obtains an access token from the corporate IdP and
sends it as a bearer token; this module turns it into an ``OpsUser`` and
enforces role checks on the money-movement endpoints.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

ROLE_CLAIM = "https://ops.example-bank.internal/roles"


@dataclass
class OpsUser:
    subject: str
    email: str
    roles: set[str] = field(default_factory=set)

    def has_role(self, role: str) -> bool:
        return role in self.roles or "ops-admin" in self.roles


def _claims_from_token(token: str) -> dict:
    try:
        return jwt.decode(token, options={"verify_signature": False})
    except jwt.DecodeError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc


def current_ops_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> OpsUser:
    claims = _claims_from_token(creds.credentials)
    if "sub" not in claims:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing subject")
    return OpsUser(
        subject=claims["sub"],
        email=claims.get("email", ""),
        roles=set(claims.get(ROLE_CLAIM, [])),
    )


def require_role(role: str):
    def checker(user: OpsUser = Depends(current_ops_user)) -> OpsUser:
        if not user.has_role(role):
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"requires {role}")
        return user

    return checker


def audit_context(user: OpsUser) -> dict:
    return {"actor": user.subject, "actor_email": user.email, "roles": sorted(user.roles)}
