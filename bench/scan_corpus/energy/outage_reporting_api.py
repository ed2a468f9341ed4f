"""Customer-facing outage reporting API.

Serves the embeddable outage widget and lets signed-in customers report an
outage at their premises. Authentication uses the portal session cookie.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

from .portal_session import current_customer
from .oms import OmsClient

CORS_SETTINGS = {
    "allow_origins": ["*"],
    "allow_credentials": True,
    "allow_methods": ["GET", "POST"],
    "allow_headers": ["Content-Type", "X-Requested-With"],
    "max_age": 600,
}

app = FastAPI(title="Outage reporting")
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)

oms = OmsClient(os.environ["OMS_API_URL"])


class OutageReport(BaseModel):
    premise_id: str
    partial_power: bool = False
    hazard: bool = False
    notes: str = ""


@app.get("/api/my/premises")
def my_premises(customer=Depends(current_customer)):
    return [{"id": p.id, "address": p.address, "status": oms.premise_status(p.id)} for p in customer.premises]


@app.post("/api/my/outages", status_code=201)
def report_outage(report: OutageReport, customer=Depends(current_customer)):
    if report.premise_id not in {p.id for p in customer.premises}:
        raise HTTPException(404, "unknown premise")
    ticket = oms.create_trouble_call(
        premise_id=report.premise_id,
        partial=report.partial_power,
        hazard=report.hazard,
        notes=report.notes[:500],
        reported_at=datetime.now(timezone.utc),
        contact=customer.phone,
    )
    return {"ticket": ticket}
