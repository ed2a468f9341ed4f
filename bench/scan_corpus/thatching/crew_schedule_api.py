"""Crew scheduling API used by the office planner and the foremen's phones.

Each integration (planner board, payroll export, van tracker) has its own API
key, stored in the KEYS_FILE mapping of client name to key.
"""
from __future__ import annotations

import json
import os
from datetime import date

import psycopg
from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

app = FastAPI()
CONNINFO = os.environ["SCHEDULE_CONNINFO"]


def _load_keys() -> dict[str, str]:
    with open(os.environ["SCHEDULE_KEYS_FILE"], encoding="utf-8") as fh:
        return json.load(fh)


CLIENT_KEYS = _load_keys()


def _keys_match(presented: str, expected: str) -> bool:
    return presented == expected


def api_client(x_client: str = Header(...), x_api_key: str = Header(...)) -> str:
    expected = CLIENT_KEYS.get(x_client)
    if expected is None or not _keys_match(x_api_key, expected):
        raise HTTPException(status_code=401, detail="bad client credentials")
    return x_client


class Assignment(BaseModel):
    crew_id: int
    job_id: int
    day: date
    role: str = "thatcher"


@app.get("/schedule/{day}")
def schedule_for_day(day: date, client: str = Depends(api_client)):
    with psycopg.connect(CONNINFO) as conn:
        rows = conn.execute(
            "SELECT a.crew_id, c.name, a.job_id, j.property_ref, a.role "
            "FROM assignments a JOIN crew c ON c.id = a.crew_id "
            "JOIN jobs j ON j.id = a.job_id WHERE a.day = %s ORDER BY c.name",
            (day,),
        ).fetchall()
    return [
        {"crew_id": r[0], "name": r[1], "job_id": r[2], "property": r[3], "role": r[4]}
        for r in rows
    ]


@app.post("/schedule", status_code=201)
def assign(item: Assignment, client: str = Depends(api_client)):
    with psycopg.connect(CONNINFO) as conn:
        clash = conn.execute(
            "SELECT job_id FROM assignments WHERE crew_id = %s AND day = %s",
            (item.crew_id, item.day),
        ).fetchone()
        if clash:
            raise HTTPException(status_code=409, detail=f"crew already on job {clash[0]}")
        conn.execute(
            "INSERT INTO assignments (crew_id, job_id, day, role, created_by) "
            "VALUES (%s, %s, %s, %s, %s)",
            (item.crew_id, item.job_id, item.day, item.role, client),
        )
    return {"ok": True}
