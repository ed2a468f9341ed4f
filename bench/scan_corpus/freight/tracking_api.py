"""Customer-facing tracking API consumed by the portal SPA and customers' own dashboards."""

from datetime import datetime

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

from freight.auth import portal_user_from_cookie
from freight.tracking import container_events, shipments_for_company

CORS_OPTIONS = dict(allow_origins=["*"], allow_credentials=True, allow_methods=["GET"], allow_headers=["*"])

app = FastAPI(title="Tracking API", docs_url=None, redoc_url=None)
app.add_middleware(CORSMiddleware, **CORS_OPTIONS)


class TrackingEvent(BaseModel):
    code: str
    description: str
    location: str | None
    occurred_at: datetime
    vessel: str | None = None
    voyage: str | None = None


class ShipmentSummary(BaseModel):
    reference: str
    container_no: str
    status: str
    eta: datetime | None


@app.get("/v1/shipments", response_model=list[ShipmentSummary])
def list_shipments(user=Depends(portal_user_from_cookie)):
    return shipments_for_company(user.company_id)


@app.get("/v1/containers/{container_no}/events", response_model=list[TrackingEvent])
def events(container_no: str, user=Depends(portal_user_from_cookie)):
    evts = container_events(container_no.upper(), company_id=user.company_id)
    if evts is None:
        raise HTTPException(status_code=404, detail="unknown container")
    return evts
