"""Authentication dependency for the driver handheld API."""
from dataclasses import dataclass
from datetime import datetime, timezone

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwt
from jose.exceptions import JWTError

from courier.config import settings

bearer = HTTPBearer(auto_error=True)

DRIVER_ROLES = {"driver", "driver_lead"}


@dataclass
class DriverPrincipal:
    driver_id: str
    depot: str
    role: str
    device_id: str


def _claims(token: str) -> dict:
    try:
        return jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc


def current_driver(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> DriverPrincipal:
    claims = _claims(creds.credentials)

    if claims.get("iss") != settings.DRIVER_TOKEN_ISSUER:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unexpected issuer")
    exp = claims.get("exp")
    if exp is None or datetime.fromtimestamp(exp, tz=timezone.utc) < datetime.now(timezone.utc):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token expired")
    if claims.get("role") not in DRIVER_ROLES:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not a driver token")

    return DriverPrincipal(
        driver_id=claims["sub"],
        depot=claims["depot"],
        role=claims["role"],
        device_id=claims.get("dev", ""),
    )


def require_depot(depot: str, driver: DriverPrincipal = Depends(current_driver)) -> DriverPrincipal:
    if driver.depot != depot:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "wrong depot")
    return driver
