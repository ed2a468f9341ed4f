"""Heartbeat endpoint for the agents running on each knitting machine's controller PC.

Agents report the job they are on, needle-cylinder status and firmware
version; the queue uses it to decide which machines can take new work.
"""
import os
import secrets
from datetime import datetime, timezone

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel

AGENT_TOKEN = os.environ["HOSIER_AGENT_TOKEN"]
SUPPORTED_PROTOCOL = "3"

app = FastAPI()
_last_seen: dict[str, dict] = {}


class Heartbeat(BaseModel):
    machine_id: str
    protocol: str
    firmware: str
    state: str
    job_id: str | None = None
    rows_knitted: int = 0


def _authorised(token: str | None) -> bool:
    if not token or not token.startswith("Bearer "):
        return False
    return secrets.compare_digest(token.removeprefix("Bearer ").encode(), AGENT_TOKEN.encode())


@app.post("/agents/heartbeat")
def heartbeat(hb: Heartbeat, authorization: str | None = Header(default=None)):
    if not _authorised(authorization):
        raise HTTPException(401)
    if hb.protocol != SUPPORTED_PROTOCOL:
        raise HTTPException(426, f"agent protocol {hb.protocol} not supported")
    previous = _last_seen.get(hb.machine_id)
    job_changed = previous is not None and previous["job_id"] != hb.job_id
    _last_seen[hb.machine_id] = {
        "state": hb.state,
        "job_id": hb.job_id,
        "firmware": hb.firmware,
        "rows": hb.rows_knitted,
        "at": datetime.now(timezone.utc).isoformat(),
    }
    return {"ok": True, "job_changed": job_changed, "accept_work": hb.state == "idle"}


def machines_accepting_work() -> list[str]:
    return sorted(m for m, info in _last_seen.items() if info["state"] == "idle")
