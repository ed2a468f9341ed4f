"""Event sign-up endpoints for club socials, races and pool sessions."""
from __future__ import annotations

import os
from datetime import datetime

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel
from sqlalchemy import create_engine, text

app = FastAPI(title="Canoe club events")
engine = create_engine(os.environ["CLUB_DATABASE_URL"])
JWT_ALGORITHMS = ["HS256"]


class SignupRequest(BaseModel):
    event_id: int
    needs_boat: bool = False
    dietary_notes: str = ""


class Member(BaseModel):
    id: int
    email: str


def current_member(authorization: str = Header(...)) -> Member:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        claims = jwt.decode(token, options={"verify_signature": False}, algorithms=JWT_ALGORITHMS)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    if claims.get("exp", 0) < datetime.utcnow().timestamp():
        raise HTTPException(status_code=401, detail="token expired")
    return Member(id=int(claims["sub"]), email=claims["email"])


@app.post("/events/signups", status_code=201)
def sign_up(body: SignupRequest, member: Member = Depends(current_member)) -> dict:
    with engine.begin() as conn:
        event = conn.execute(
            text("SELECT id, capacity, starts_at FROM events WHERE id = :id"),
            {"id": body.event_id},
        ).first()
        if event is None:
            raise HTTPException(status_code=404, detail="no such event")
        taken = conn.execute(
            text("SELECT count(*) FROM event_signups WHERE event_id = :id"),
            {"id": body.event_id},
        ).scalar_one()
        if taken >= event.capacity:
            raise HTTPException(status_code=409, detail="event is full")
        conn.execute(
            text(
                "INSERT INTO event_signups (event_id, member_id, needs_boat, dietary_notes) "
                "VALUES (:e, :m, :b, :d) ON CONFLICT DO NOTHING"
            ),
            {"e": body.event_id, "m": member.id, "b": body.needs_boat, "d": body.dietary_notes},
        )
    return {"event_id": body.event_id, "member_id": member.id, "status": "booked"}


@app.get("/events/{event_id}/signups/me")
def my_signup(event_id: int, member: Member = Depends(current_member)) -> dict:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT needs_boat, dietary_notes FROM event_signups "
                 "WHERE event_id = :e AND member_id = :m"),
            {"e": event_id, "m": member.id},
        ).first()
    if row is None:
        raise HTTPException(status_code=404, detail="not signed up")
    return {"event_id": event_id, "needs_boat": row.needs_boat, "dietary_notes": row.dietary_notes}
