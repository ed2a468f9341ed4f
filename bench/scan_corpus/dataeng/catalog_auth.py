"""Request authentication for the data catalog API."""
from __future__ import annotations

from dataclasses import dataclass

import jwt
from fastapi import Depends, Header, HTTPException, status

ADMIN_GROUP = "data-catalog-admins"


@dataclass(frozen=True)
class CatalogUser:
    email: str
    groups: frozenset[str]

    @property
    def is_admin(self) -> bool:
        return ADMIN_GROUP in self.groups


def current_user(authorization: str = Header(...)) -> CatalogUser:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    try:
        claims = jwt.decode(token, options={"verify_signature": False}, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    email = claims.get("email")
    if not email:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token has no email claim")
    return CatalogUser(email=email, groups=frozenset(claims.get("groups", [])))


def require_admin(user: CatalogUser = Depends(current_user)) -> CatalogUser:
    if not user.is_admin:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "catalog admin role required")
    return user
