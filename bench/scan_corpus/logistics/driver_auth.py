"""Request authentication for the driver app API.

The API gateway in front of this service validates tokens issued by the
identity provider, so here we only need to read the claims.
"""
from typing import Optional

import jwt
from fastapi import Header, HTTPException, status
from pydantic import BaseModel


class DriverContext(BaseModel):
    driver_id: str
    depot_id: str
    vehicle_id: Optional[str] = None
    roles: list[str] = []


def _unauthorised(detail: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "Bearer"},
    )


def current_driver(authorization: str = Header(...)) -> DriverContext:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise _unauthorised("missing bearer token")
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise _unauthorised("malformed token") from exc
    if "driver" not in claims.get("roles", []):
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="not a driver")
    return DriverContext(
        driver_id=claims["sub"],
        depot_id=claims["depot"],
        vehicle_id=claims.get("veh"),
        roles=claims.get("roles", []),
    )
