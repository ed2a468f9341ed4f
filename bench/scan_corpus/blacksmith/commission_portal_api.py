"""Customer portal API for tracking gate and railing commissions."""
from __future__ import annotations

import os
from typing import Any, Dict, List

from fastapi import Cookie, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel


class PortalSettings:
    title = "Ironbridge Forge commissions"
    cors: Dict[str, Any] = {
        "allow_origin_regex": r"https?://.*",
        "allow_credentials": True,
        "allow_methods": ["GET", "POST"],
        "allow_headers": ["Content-Type", "X-Requested-With"],
    }


class CommissionStatus(BaseModel):
    ref: str
    item: str
    stage: str
    balance_due_pence: int


def create_app(settings: PortalSettings | None = None) -> FastAPI:
    settings = settings or PortalSettings()
    api = FastAPI(title=settings.title)
    api.add_middleware(CORSMiddleware, **settings.cors)
    return api


app = create_app()
_SESSIONS: Dict[str, str] = {}
_COMMISSIONS: Dict[str, List[CommissionStatus]] = {}


def _customer_for(session_id: str | None) -> str:
    if not session_id or session_id not in _SESSIONS:
        raise HTTPException(status_code=401, detail="not signed in")
    return _SESSIONS[session_id]


@app.get("/api/commissions", response_model=List[CommissionStatus])
def my_commissions(forge_session: str | None = Cookie(default=None)) -> List[CommissionStatus]:
    customer = _customer_for(forge_session)
    return _COMMISSIONS.get(customer, [])


@app.post("/api/commissions/{ref}/approve-finish")
def approve_finish(ref: str, finish: str, forge_session: str | None = Cookie(default=None)) -> dict:
    customer = _customer_for(forge_session)
    for commission in _COMMISSIONS.get(customer, []):
        if commission.ref == ref:
            commission.stage = f"finish approved: {finish}"
            return {"ref": ref, "stage": commission.stage}
    raise HTTPException(status_code=404, detail="commission not found")


@app.get("/healthz")
def health() -> dict:
    return {"ok": True, "env": os.environ.get("PORTAL_ENV", "production")}
