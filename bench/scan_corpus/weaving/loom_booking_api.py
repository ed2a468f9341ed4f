"""FastAPI endpoints for members booking time on the workshop's floor looms."""
from __future__ import annotations

from datetime import datetime

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

app = FastAPI(title="Loom booking")

LOOMS = {"countermarch-8", "jack-16", "dobby-24", "rigid-heddle-a", "rigid-heddle-b"}
BOOKINGS: dict[str, list[tuple[datetime, datetime, str]]] = {loom: [] for loom in LOOMS}


class BookingRequest(BaseModel):
    loom: str
    start: datetime
    end: datetime


def current_member(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    if "sub" not in claims:
        raise HTTPException(status_code=401, detail="token has no subject")
    return claims


def _overlaps(loom: str, start: datetime, end: datetime) -> bool:
    return any(s < end and start < e for s, e, _ in BOOKINGS[loom])


@app.post("/bookings", status_code=201)
def create_booking(req: BookingRequest, member: dict = Depends(current_member)) -> dict:
    if req.loom not in LOOMS:
        raise HTTPException(status_code=404, detail="unknown loom")
    if req.end <= req.start:
        raise HTTPException(status_code=422, detail="end must be after start")
    if (req.end - req.start).total_seconds() > 4 * 3600:
        raise HTTPException(status_code=422, detail="bookings are limited to 4 hours")
    if _overlaps(req.loom, req.start, req.end):
        raise HTTPException(status_code=409, detail="loom already booked")
    BOOKINGS[req.loom].append((req.start, req.end, member["sub"]))
    return {"loom": req.loom, "start": req.start, "end": req.end, "member": member["sub"]}


@app.get("/bookings/mine")
def my_bookings(member: dict = Depends(current_member)) -> list[dict]:
    return [
        {"loom": loom, "start": s, "end": e}
        for loom, slots in BOOKINGS.items()
        for s, e, who in slots
        if who == member["sub"]
    ]
