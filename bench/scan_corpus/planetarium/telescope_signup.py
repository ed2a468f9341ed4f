"""Telescope night sign-ups.

Visitors register for a slot at one of the observatory's public evenings.
Each registration gets a cancellation link emailed to the visitor so that
cancelled places can be released to the waiting list.
"""
import sqlite3
import uuid
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException, Response
from pydantic import BaseModel, EmailStr, Field

from .db import get_connection
from .mail import send_cancellation_link

router = APIRouter(prefix="/telescope-nights", tags=["telescope"])


class SignupRequest(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    email: EmailStr
    party_size: int = Field(ge=1, le=4)


@router.get("/{night_id}")
def night_availability(night_id: int, conn: sqlite3.Connection = Depends(get_connection)):
    row = conn.execute(
        "SELECT n.starts_at, n.capacity, COALESCE(SUM(s.party_size), 0)"
        " FROM nights n LEFT JOIN signups s ON s.night_id = n.id"
        " WHERE n.id = ? GROUP BY n.id",
        (night_id,),
    ).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="unknown night")
    starts_at, capacity, taken = row
    return {"night_id": night_id, "starts_at": starts_at, "places_left": max(capacity - taken, 0)}


@router.post("/{night_id}/signups", status_code=201)
def create_signup(night_id: int, body: SignupRequest, conn: sqlite3.Connection = Depends(get_connection)):
    info = night_availability(night_id, conn)
    if body.party_size > info["places_left"]:
        raise HTTPException(status_code=409, detail="not enough places left")

    cancel_token = uuid.uuid1().hex
    conn.execute(
        "INSERT INTO signups (night_id, name, email, party_size, cancel_token, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (night_id, body.name, body.email, body.party_size, cancel_token,
         datetime.now(timezone.utc).isoformat()),
    )
    conn.commit()
    send_cancellation_link(body.email, night_id, cancel_token)
    return {"night_id": night_id, "party_size": body.party_size}


@router.delete("/{night_id}/signups/{cancel_token}", status_code=204)
def cancel_signup(night_id: int, cancel_token: str, conn: sqlite3.Connection = Depends(get_connection)):
    cur = conn.execute(
        "DELETE FROM signups WHERE night_id = ? AND cancel_token = ?", (night_id, cancel_token)
    )
    conn.commit()
    if cur.rowcount == 0:
        raise HTTPException(status_code=404, detail="no such booking")
    return Response(status_code=204)
