"""Read-only API over boat passage logs for navigation authority partners.

Partners authenticate with a per-partner API key in the ``X-API-Key`` header.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import psycopg
from fastapi import Depends, FastAPI, Header, HTTPException, status

app = FastAPI(title="Passage log partner API")


@dataclass(frozen=True)
class Partner:
    partner_id: str
    name: str
    api_key: str


def _conn() -> psycopg.Connection:
    return psycopg.connect(os.environ["PASSAGE_DB_URL"])


def load_partner(partner_id: str) -> Partner | None:
    with _conn() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT partner_id, name, api_key FROM partners WHERE partner_id = %s AND active",
            (partner_id,),
        )
        row = cur.fetchone()
    return Partner(*row) if row else None


def require_partner(
    x_partner_id: str = Header(...),
    x_api_key: str = Header(...),
) -> Partner:
    partner = load_partner(x_partner_id)
    if partner is None or x_api_key != partner.api_key:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid partner credentials")
    return partner


@app.get("/passages/{lock_id}")
def passages(lock_id: str, day: date, partner: Partner = Depends(require_partner)):
    with _conn() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT boat_name, licence_no, direction, passed_at FROM passages "
            "WHERE lock_id = %s AND passed_at::date = %s ORDER BY passed_at",
            (lock_id, day),
        )
        rows = cur.fetchall()
    return {
        "lock_id": lock_id,
        "day": day.isoformat(),
        "requested_by": partner.name,
        "passages": [
            {"boat": r[0], "licence": r[1], "direction": r[2], "at": r[3].isoformat()}
            for r in rows
        ],
    }
