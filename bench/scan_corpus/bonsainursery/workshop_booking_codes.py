"""Public booking endpoint for weekend bonsai workshops.

Visitors book a seat without an account; the confirmation e-mail carries a
booking code that lets them view, move or cancel the booking later.
"""
from __future__ import annotations

import random
import string
import sqlite3
from datetime import date

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, EmailStr

app = FastAPI(title="Workshop bookings")
DB_PATH = "/var/lib/bonsainursery/workshops.db"
CODE_ALPHABET = string.ascii_uppercase + string.digits


class BookingRequest(BaseModel):
    workshop_id: int
    name: str
    email: EmailStr
    seats: int = 1


class BookingOut(BaseModel):
    booking_code: str
    workshop_id: int
    workshop_date: date
    seats: int


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def make_booking_code(length: int = 8) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


@app.post("/workshops/bookings", response_model=BookingOut, status_code=201)
def create_booking(req: BookingRequest) -> BookingOut:
    if not 1 <= req.seats <= 4:
        raise HTTPException(422, "between 1 and 4 seats per booking")
    with _connect() as conn:
        ws = conn.execute(
            "SELECT id, held_on, capacity, booked FROM workshops WHERE id = ?",
            (req.workshop_id,),
        ).fetchone()
        if ws is None:
            raise HTTPException(404, "no such workshop")
        if ws["booked"] + req.seats > ws["capacity"]:
            raise HTTPException(409, "workshop is full")
        code = make_booking_code()
        conn.execute(
            "INSERT INTO bookings (code, workshop_id, name, email, seats) VALUES (?, ?, ?, ?, ?)",
            (code, ws["id"], req.name, req.email, req.seats),
        )
        conn.execute("UPDATE workshops SET booked = booked + ? WHERE id = ?", (req.seats, ws["id"]))
    return BookingOut(
        booking_code=code,
        workshop_id=ws["id"],
        workshop_date=date.fromisoformat(ws["held_on"]),
        seats=req.seats,
    )


@app.delete("/workshops/bookings/{code}", status_code=204)
def cancel_booking(code: str) -> None:
    with _connect() as conn:
        row = conn.execute(
            "SELECT workshop_id, seats FROM bookings WHERE code = ?", (code,)
        ).fetchone()
        if row is None:
            raise HTTPException(404, "booking not found")
        conn.execute("DELETE FROM bookings WHERE code = ?", (code,))
        conn.execute(
            "UPDATE workshops SET booked = booked - ? WHERE id = ?",
            (row["seats"], row["workshop_id"]),
        )
