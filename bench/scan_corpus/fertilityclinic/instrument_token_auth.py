"""Authenticates lab instruments that push results into the LIMS API.

Instruments send their key in the X-Instrument-Key header. Keys are stored
as SHA-256 digests keyed by a short public prefix, so lookup does not need
the full key and comparison happens on fixed-length digests.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from fastapi import Depends, FastAPI, Header, HTTPException
from sqlalchemy import text
from sqlalchemy.orm import Session

from lims.db import get_db

app = FastAPI()

PREFIX_LENGTH = 8


@dataclass(frozen=True)
class Instrument:
    serial: str
    instrument_type: str


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def authenticate_instrument(
    x_instrument_key: str = Header(..., min_length=32),
    db: Session = Depends(get_db),
) -> Instrument:
    prefix = x_instrument_key[:PREFIX_LENGTH]
    row = db.execute(
        text(
            "SELECT instrument_serial, instrument_type, key_digest FROM instrument_keys "
            "WHERE key_prefix = :prefix AND revoked_at IS NULL"
        ),
        {"prefix": prefix},
    ).first()
    presented = _digest(x_instrument_key)
    stored = row.key_digest if row is not None else _digest(secrets.token_hex(32))
    if not secrets.compare_digest(presented, stored) or row is None:
        raise HTTPException(status_code=401, detail="unknown instrument")
    return Instrument(serial=row.instrument_serial, instrument_type=row.instrument_type)


@app.post("/instrument/results", status_code=202)
def push_results(
    payload: dict,
    instrument: Instrument = Depends(authenticate_instrument),
    db: Session = Depends(get_db),
) -> dict:
    results = payload.get("results", [])
    for result in results:
        db.execute(
            text(
                "INSERT INTO instrument_results (instrument_serial, specimen_id, analyte, value, unit) "
                "VALUES (:serial, :specimen, :analyte, :value, :unit)"
            ),
            {
                "serial": instrument.serial,
                "specimen": result["specimen_id"],
                "analyte": result["analyte"],
                "value": result["value"],
                "unit": result.get("unit", ""),
            },
        )
    db.commit()
    return {"accepted": len(results)}
