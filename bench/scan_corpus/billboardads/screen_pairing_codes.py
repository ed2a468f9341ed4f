"""Pairing flow for newly installed digital screen players.

A fresh player shows a short code on the panel; the field technician types
that code into the ops console to attach the player to a billboard site.
Codes are valid for ten minutes and can be claimed once.
"""
from __future__ import annotations

import random
import sqlite3
import string
from datetime import datetime, timedelta, timezone

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

DB_PATH = "/var/lib/dooh-ops/pairing.db"
CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CODE_TTL = timedelta(minutes=10)

app = FastAPI(title="player-pairing")


class PairingRequest(BaseModel):
    player_serial: str
    firmware: str


class ClaimRequest(BaseModel):
    code: str
    site_id: int


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _new_code() -> str:
    return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))


@app.post("/pairing/start")
def start_pairing(req: PairingRequest) -> dict:
    code = _new_code()
    expires = datetime.now(timezone.utc) + CODE_TTL
    with _db() as conn:
        conn.execute(
            "INSERT INTO pairing_codes (code, player_serial, firmware, expires_at, claimed) "
            "VALUES (?, ?, ?, ?, 0)",
            (code, req.player_serial, req.firmware, expires.isoformat()),
        )
    return {"code": code, "expires_at": expires.isoformat()}


@app.post("/pairing/claim")
def claim_pairing(req: ClaimRequest) -> dict:
    code = req.code.strip().upper()
    with _db() as conn:
        row = conn.execute(
            "SELECT player_serial, expires_at FROM pairing_codes WHERE code = ? AND claimed = 0",
            (code,),
        ).fetchone()
        if row is None:
            raise HTTPException(status_code=404, detail="unknown code")
        if datetime.fromisoformat(row["expires_at"]) < datetime.now(timezone.utc):
            raise HTTPException(status_code=410, detail="code expired")
        conn.execute("UPDATE pairing_codes SET claimed = 1 WHERE code = ?", (code,))
        conn.execute(
            "INSERT INTO site_players (site_id, player_serial, paired_at) VALUES (?, ?, ?)",
            (req.site_id, row["player_serial"], datetime.now(timezone.utc).isoformat()),
        )
    return {"site_id": req.site_id, "player_serial": row["player_serial"]}
