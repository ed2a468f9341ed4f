"""Authentication dependency for the member app API (FastAPI)."""
import time

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwt
from jose.exceptions import JWTError
from sqlalchemy.orm import Session

from loyalty.db import get_db
from loyalty.models import Member

bearer = HTTPBearer(auto_error=False)


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "Bearer"},
    )


def current_member(
    creds: HTTPAuthorizationCredentials | None = Depends(bearer),
    db: Session = Depends(get_db),
) -> Member:
    if creds is None:
        raise _unauthorized("missing bearer token")
    try:
        claims = jwt.get_unverified_claims(creds.credentials)
    except JWTError:
        raise _unauthorized("malformed token")
    if claims.get("exp", 0) < time.time():
        raise _unauthorized("token expired")
    if claims.get("aud") != "member-app":
        raise _unauthorized("wrong audience")
    member = db.get(Member, int(claims["sub"]))
    if member is None or not member.is_active:
        raise _unauthorized("unknown member")
    return member
