"""Burn history API for a single kiln, used by the burn planning screen.

Shows the last burns on a kiln with charge weight, peak temperature and
yield, so the burner can judge how long to leave the next charge.
"""
from __future__ import annotations

import os
from datetime import date
from typing import Optional

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy import Date, bindparam, create_engine, text

app = FastAPI(title="burn-history")
engine = create_engine(os.environ["BURNLOG_DATABASE_URL"], pool_pre_ping=True)

HISTORY_SQL = text(
    "SELECT burn_no, lit_at, closed_at, charge_kg, peak_celsius, yield_bags"
    " FROM burns WHERE kiln_code = :kiln_code"
    " AND (:since IS NULL OR lit_at >= :since)"
    " ORDER BY lit_at DESC LIMIT :limit"
).bindparams(bindparam("since", type_=Date))


class Burn(BaseModel):
    burn_no: int
    lit_at: str
    closed_at: Optional[str]
    charge_kg: float
    peak_celsius: Optional[float]
    yield_bags: Optional[int]


def fetch_history(kiln_code: str, since: Optional[date], limit: int) -> list[Burn]:
    with engine.connect() as conn:
        rows = conn.execute(
            HISTORY_SQL, {"kiln_code": kiln_code, "since": since, "limit": limit}
        ).mappings()
        return [
            Burn(
                burn_no=r["burn_no"],
                lit_at=r["lit_at"].isoformat(),
                closed_at=r["closed_at"].isoformat() if r["closed_at"] else None,
                charge_kg=float(r["charge_kg"]),
                peak_celsius=r["peak_celsius"],
                yield_bags=r["yield_bags"],
            )
            for r in rows
        ]


@app.get("/kilns/{kiln_code}/burns", response_model=list[Burn])
def burn_history(
    kiln_code: str,
    since: Optional[date] = None,
    limit: int = Query(20, ge=1, le=200),
) -> list[Burn]:
    burns = fetch_history(kiln_code.upper(), since, limit)
    if not burns:
        raise HTTPException(status_code=404, detail="no burns recorded for that kiln")
    return burns
