"""Authentication dependency for the member mobile app API.

The app obtains an access token from the identity service at login and
sends it as a bearer token on every request.
"""
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import JWTError, jwt

from .db import get_session
from .models import Member

bearer = HTTPBearer(auto_error=False)

REQUIRED_SCOPE = "member:app"


def _claims_from_token(token: str) -> dict:
    try:
        claims = jwt.get_unverified_claims(token)
    except JWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    if REQUIRED_SCOPE not in claims.get("scope", "").split():
        raise HTTPException(status.HTTP_403_FORBIDDEN, "missing scope")
    return claims


def current_member(
    creds: HTTPAuthorizationCredentials | None = Depends(bearer),
    session=Depends(get_session),
) -> Member:
    if creds is None or creds.scheme.lower() != "bearer":
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    claims = _claims_from_token(creds.credentials)
    member = session.get(Member, int(claims["sub"]))
    if member is None or not member.is_active:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown member")
    return member
