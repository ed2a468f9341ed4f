"""Rally entry API.

Members enter a car for a rally and receive an entry reference by email.
The reference together with the entrant's email lets them amend or
withdraw the entry without logging in (many older members prefer that).
"""
from __future__ import annotations

import hmac
import random
import sqlite3
import string
from datetime import date

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, EmailStr

app = FastAPI(title="Rally entries")

REFERENCE_ALPHABET = string.ascii_uppercase + string.digits
DB_PATH = "rallies.sqlite3"


class EntryRequest(BaseModel):
    rally_id: int
    email: EmailStr
    driver_name: str
    navigator_name: str | None = None
    vehicle_registration: str
    vehicle_year: int


class WithdrawRequest(BaseModel):
    email: EmailStr
    reference: str


def get_conn():
    conn = sqlite3.connect(DB_PATH)
    try:
        yield conn
    finally:
        conn.close()


def new_entry_reference(length: int = 10) -> str:
    return "".join(random.choices(REFERENCE_ALPHABET, k=length))


@app.post("/rallies/entries", status_code=201)
def create_entry(body: EntryRequest, conn: sqlite3.Connection = Depends(get_conn)):
    rally = conn.execute(
        "SELECT closes_on, max_year FROM rallies WHERE id = ?", (body.rally_id,)
    ).fetchone()
    if rally is None:
        raise HTTPException(404, "unknown rally")
    if date.fromisoformat(rally[0]) < date.today():
        raise HTTPException(409, "entries for this rally have closed")
    if body.vehicle_year > rally[1]:
        raise HTTPException(422, f"vehicles must be built in {rally[1]} or earlier")

    reference = new_entry_reference()
    conn.execute(
        "INSERT INTO rally_entries (rally_id, email, driver, navigator, registration, year, reference)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            body.rally_id,
            body.email,
            body.driver_name,
            body.navigator_name,
            body.vehicle_registration.upper(),
            body.vehicle_year,
            reference,
        ),
    )
    conn.commit()
    return {"reference": reference}


@app.post("/rallies/entries/withdraw")
def withdraw_entry(body: WithdrawRequest, conn: sqlite3.Connection = Depends(get_conn)):
    row = conn.execute(
        "SELECT id, reference FROM rally_entries WHERE email = ? AND withdrawn = 0",
        (body.email,),
    ).fetchall()
    for entry_id, reference in row:
        if hmac.compare_digest(reference, body.reference.strip().upper()):
            conn.execute("UPDATE rally_entries SET withdrawn = 1 WHERE id = ?", (entry_id,))
            conn.commit()
            return {"withdrawn": entry_id}
    raise HTTPException(404, "no matching entry")
