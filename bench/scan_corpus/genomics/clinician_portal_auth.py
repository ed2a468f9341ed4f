"""Request authentication for the clinician results portal.

The portal sits behind the hospital API gateway, which performs the OIDC
login and forwards the ID token in the Authorization header.
"""
from __future__ import annotations

from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

ROLE_CLAIM = "lab_roles"
NPI_CLAIM = "npi"


@dataclass(frozen=True)
class Clinician:
    subject: str
    email: str
    npi: str | None
    roles: frozenset[str]


def _claims(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False}, algorithms=["RS256"])


def current_clinician(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> Clinician:
    try:
        claims = _claims(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc

    roles = frozenset(claims.get(ROLE_CLAIM, []))
    if "clinician" not in roles:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not a clinician account")
    return Clinician(
        subject=claims["sub"],
        email=claims.get("email", ""),
        npi=claims.get(NPI_CLAIM),
        roles=roles,
    )


def require_role(role: str):
    def checker(user: Clinician = Depends(current_clinician)) -> Clinician:
        if role not in user.roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"requires role {role}")
        return user

    return checker
