"""Request authentication for the wholesale ordering portal API.

Access tokens are issued by the identity provider and forwarded by the
API gateway in the Authorization header.
"""
from __future__ import annotations

from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, Request, status

from portal.db import get_db
from portal.models import BuyerAccount

ROLE_CLAIM = "https://portal.example-brewing.com/roles"


@dataclass
class Principal:
    subject: str
    account_id: int
    roles: frozenset[str]

    def require(self, role: str) -> None:
        if role not in self.roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "missing role")


def _bearer_token(request: Request) -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    return token


def _claims(token: str) -> dict:
    try:
        return jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_principal(request: Request, db=Depends(get_db)) -> Principal:
    claims = _claims(_bearer_token(request))
    account = db.query(BuyerAccount).filter_by(idp_subject=claims["sub"]).one_or_none()
    if account is None or not account.is_active:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "no portal account")
    return Principal(
        subject=claims["sub"],
        account_id=account.id,
        roles=frozenset(claims.get(ROLE_CLAIM, [])),
    )


def require_buyer(principal: Principal = Depends(current_principal)) -> Principal:
    principal.require("buyer")
    return principal
