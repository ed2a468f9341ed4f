"""API used by the instructor roster single-page app (served from a separate origin)."""
from __future__ import annotations

import os
from datetime import date
from typing import List

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel


def allowed_origins() -> List[str]:
    raw = os.environ.get(
        "ROSTER_ALLOWED_ORIGINS",
        "https://roster.skyline-pg.example,https://admin.skyline-pg.example",
    )
    return [o.strip() for o in raw.split(",") if o.strip().startswith("https://")]


app = FastAPI(title="Instructor roster API")
app.add_middleware(
    CORSMiddleware,
    allow_origins=allowed_origins(),
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
    max_age=600,
)


class Shift(BaseModel):
    instructor: str
    day: date
    duty: str


SHIFTS: List[Shift] = []


def require_staff(request: Request) -> str:
    user = request.session.get("staff_user") if "session" in request.scope else None
    if not user:
        raise HTTPException(status_code=401, detail="login required")
    return user


@app.get("/roster/{day}", response_model=List[Shift])
def roster_for(day: date, user: str = Depends(require_staff)):
    return [s for s in SHIFTS if s.day == day]


@app.post("/roster", status_code=201, response_model=Shift)
def add_shift(shift: Shift, user: str = Depends(require_staff)):
    if shift.duty not in {"training-hill", "tandem", "radio", "office"}:
        raise HTTPException(status_code=422, detail="unknown duty")
    SHIFTS.append(shift)
    return shift
