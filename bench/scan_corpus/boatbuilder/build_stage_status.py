"""Workshop tablet endpoint for signing off build stages.

The foreman's tablet in the shed posts stage sign-offs (keel laid, hull
planked, decked, engine in, launched).  The tablet authenticates with a
per-device token issued by the office.
"""
from __future__ import annotations

import hashlib
import secrets
import sqlite3
from datetime import datetime, timezone

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

DB_PATH = "/var/lib/yard/builds.db"
STAGES = ["keel_laid", "hull_planked", "decked", "engine_in", "launched"]

app = FastAPI()


def _conn() -> sqlite3.Connection:
    return sqlite3.connect(DB_PATH)


def tablet_id(x_device: str = Header(...), x_device_token: str = Header(...)) -> str:
    with _conn() as conn:
        row = conn.execute(
            "SELECT token_sha256 FROM tablets WHERE device_id = ? AND active = 1",
            (x_device,),
        ).fetchone()
    presented = hashlib.sha256(x_device_token.encode()).hexdigest()
    if row is None or not secrets.compare_digest(presented, row[0]):
        raise HTTPException(status_code=401, detail="unknown device")
    return x_device


class SignOff(BaseModel):
    project_id: int
    stage: str
    foreman: str


@app.post("/stages/sign-off")
def sign_off(body: SignOff, device: str = Depends(tablet_id)):
    if body.stage not in STAGES:
        raise HTTPException(status_code=422, detail="unknown stage")
    with _conn() as conn:
        row = conn.execute(
            "SELECT current_stage FROM projects WHERE id = ?", (body.project_id,)
        ).fetchone()
        if row is None:
            raise HTTPException(status_code=404, detail="no such project")
        expected_next = STAGES[STAGES.index(row[0]) + 1] if row[0] in STAGES[:-1] else None
        if row[0] is None and body.stage == STAGES[0]:
            expected_next = STAGES[0]
        if body.stage != expected_next:
            raise HTTPException(status_code=409, detail=f"next stage is {expected_next}")
        conn.execute(
            "UPDATE projects SET current_stage = ? WHERE id = ?", (body.stage, body.project_id)
        )
        conn.execute(
            "INSERT INTO stage_log (project_id, stage, foreman, device, at) VALUES (?, ?, ?, ?, ?)",
            (body.project_id, body.stage, body.foreman, device,
             datetime.now(timezone.utc).isoformat()),
        )
    return {"project": body.project_id, "stage": body.stage}
