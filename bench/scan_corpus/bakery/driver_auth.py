"""Authentication dependency for the delivery-driver tablet API.

Drivers sign in on the tablet through the company identity provider; the
tablet sends the ID token as a bearer token on every call.
"""
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwt as jose_jwt
from jose.exceptions import JWTError

from .db import get_session
from .models import Driver

bearer = HTTPBearer()
DRIVER_ROLE = "delivery-driver"


def _claims(token: str) -> dict:
    try:
        return jose_jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc


def current_driver(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
    session=Depends(get_session),
) -> Driver:
    claims = _claims(creds.credentials)
    if DRIVER_ROLE not in claims.get("roles", []):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not a driver account")
    driver = session.query(Driver).filter_by(idp_subject=claims["sub"], active=True).one_or_none()
    if driver is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "unknown driver")
    return driver
