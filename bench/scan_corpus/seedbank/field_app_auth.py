"""Authentication dependency for the field collection app API."""
import os

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()

FIELD_APP_AUDIENCE = os.environ.get("FIELD_APP_AUDIENCE", "field-collector")


class Collector:
    def __init__(self, sub: str, team: str, scopes: list[str]):
        self.sub = sub
        self.team = team
        self.scopes = scopes


def _claims_from_token(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False, "verify_aud": False})


def current_collector(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Collector:
    try:
        claims = _claims_from_token(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token")
    if claims.get("aud") != FIELD_APP_AUDIENCE:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="wrong audience")
    return Collector(
        sub=claims["sub"],
        team=claims.get("team", "unassigned"),
        scopes=claims.get("scope", "").split(),
    )


def require_scope(scope: str):
    def _check(collector: Collector = Depends(current_collector)) -> Collector:
        if scope not in collector.scopes:
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="missing scope")
        return collector

    return _check
