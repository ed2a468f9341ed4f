"""FastAPI endpoint receiving leak-detection alarms from the CPM model server."""
from __future__ import annotations

import hashlib
import logging
import os
import secrets
from datetime import datetime

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

log = logging.getLogger("lds.ingest")
app = FastAPI(title="LDS alarm ingest")


class LdsAlarm(BaseModel):
    segment_id: str
    alarm_type: str
    imbalance_mscfd: float
    raised_at: datetime


def _fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:10]


def require_model_server(authorization: str = Header(default="")) -> str:
    scheme, _, token = authorization.partition(" ")
    expected = os.environ["LDS_INGEST_TOKEN"]
    if scheme.lower() != "bearer" or not secrets.compare_digest(token, expected):
        log.warning("rejected LDS ingest call, token fingerprint %s", _fingerprint(token))
        raise HTTPException(status_code=401, detail="unauthorized")
    return token


@app.post("/lds/alarms", status_code=202)
def receive_alarm(alarm: LdsAlarm, _: str = Depends(require_model_server)) -> dict:
    log.info(
        "LDS alarm %s on %s imbalance=%.1f",
        alarm.alarm_type,
        alarm.segment_id,
        alarm.imbalance_mscfd,
    )
    return {"status": "queued", "segment": alarm.segment_id}
