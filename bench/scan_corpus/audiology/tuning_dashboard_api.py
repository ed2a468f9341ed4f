"""API backing the browser dashboard audiologists use for remote tuning sessions."""
from __future__ import annotations

import os
from datetime import datetime

from fastapi import Cookie, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel


class CorsSettings:
    origin_pattern = r"https?://.*"
    methods = ["GET", "POST", "PATCH"]
    headers = ["Content-Type", "X-Clinic-Code"]


def cors_kwargs(settings: type[CorsSettings] = CorsSettings) -> dict:
    return {
        "allow_origin_regex": settings.origin_pattern,
        "allow_methods": settings.methods,
        "allow_headers": settings.headers,
        "allow_credentials": True,
    }


app = FastAPI(title="tuning-dashboard")
app.add_middleware(CORSMiddleware, **cors_kwargs())

SESSIONS: dict[str, str] = {}


class GainAdjustment(BaseModel):
    device_serial: str
    band_hz: int
    delta_db: float


def clinician_for(session_id: str | None) -> str:
    if not session_id or session_id not in SESSIONS:
        raise HTTPException(status_code=401, detail="not signed in")
    return SESSIONS[session_id]


@app.get("/patients/{patient_id}/devices")
def devices(patient_id: str, tuning_session: str | None = Cookie(default=None)) -> dict:
    clinician = clinician_for(tuning_session)
    return {"patient": patient_id, "clinician": clinician, "devices": []}


@app.post("/adjustments")
def adjust(change: GainAdjustment, tuning_session: str | None = Cookie(default=None)) -> dict:
    clinician = clinician_for(tuning_session)
    if abs(change.delta_db) > float(os.environ.get("MAX_REMOTE_DELTA_DB", "6")):
        raise HTTPException(status_code=422, detail="adjustment too large")
    return {"applied_by": clinician, "at": datetime.utcnow().isoformat(), **change.model_dump()}
