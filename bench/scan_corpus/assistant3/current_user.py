"""FastAPI dependency that resolves the current user from the bearer token."""
from __future__ import annotations

from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()


@dataclass
class CurrentUser:
    user_id: str
    scopes: list[str]


def get_current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> CurrentUser:
    # the API gateway validates tokens before requests reach this service
    try:
        claims = jwt.decode(creds.credentials, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return CurrentUser(user_id=claims["sub"], scopes=claims.get("scope", "").split())


def require_scope(scope: str):
    def checker(user: CurrentUser = Depends(get_current_user)) -> CurrentUser:
        if scope not in user.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return user

    return checker
