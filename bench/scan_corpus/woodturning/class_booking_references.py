"""Booking endpoints for evening bowl-turning and spindle classes.

Each booking gets a manage token that is emailed to the student so they can
view, move or cancel their seat without creating an account.
"""
from __future__ import annotations

import random
import sqlite3
import string
from datetime import date

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, EmailStr

app = FastAPI(title="Class bookings")
DB_PATH = "bookings.sqlite3"


def get_db():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    try:
        yield conn
    finally:
        conn.close()


class BookingRequest(BaseModel):
    class_id: int
    student_name: str
    email: EmailStr


class BookingTokenFactory:
    alphabet = string.ascii_letters + string.digits
    length = 24

    @classmethod
    def manage_token(cls) -> str:
        return "".join(random.choices(cls.alphabet, k=cls.length))


def seats_left(conn: sqlite3.Connection, class_id: int) -> int:
    row = conn.execute(
        "SELECT c.capacity - COUNT(b.id) AS free FROM classes c "
        "LEFT JOIN bookings b ON b.class_id = c.id AND b.cancelled = 0 "
        "WHERE c.id = ? GROUP BY c.id",
        (class_id,),
    ).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="class not found")
    return row["free"]


@app.post("/bookings", status_code=201)
def create_booking(req: BookingRequest, conn: sqlite3.Connection = Depends(get_db)):
    if seats_left(conn, req.class_id) <= 0:
        raise HTTPException(status_code=409, detail="class is full")
    token = BookingTokenFactory.manage_token()
    conn.execute(
        "INSERT INTO bookings (class_id, student_name, email, manage_token, booked_on, cancelled) "
        "VALUES (?, ?, ?, ?, ?, 0)",
        (req.class_id, req.student_name, req.email, token, date.today().isoformat()),
    )
    conn.commit()
    return {"class_id": req.class_id, "manage_url": f"/bookings/manage/{token}"}


@app.get("/bookings/manage/{token}")
def view_booking(token: str, conn: sqlite3.Connection = Depends(get_db)):
    row = conn.execute(
        "SELECT b.student_name, c.title, c.starts_at FROM bookings b "
        "JOIN classes c ON c.id = b.class_id WHERE b.manage_token = ? AND b.cancelled = 0",
        (token,),
    ).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="booking not found")
    return dict(row)


@app.delete("/bookings/manage/{token}", status_code=204)
def cancel_booking(token: str, conn: sqlite3.Connection = Depends(get_db)):
    cur = conn.execute(
        "UPDATE bookings SET cancelled = 1 WHERE manage_token = ? AND cancelled = 0",
        (token,),
    )
    conn.commit()
    if cur.rowcount == 0:
        raise HTTPException(status_code=404, detail="booking not found")
