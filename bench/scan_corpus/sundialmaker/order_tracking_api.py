"""Public order-tracking API used by the customer-facing single-page app."""

from __future__ import annotations

import os
from datetime import date
from typing import Optional

from fastapi import Cookie, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["WORKSHOP_DATABASE_URL"], pool_pre_ping=True)

app = FastAPI(title="Sundial order tracking")

CORS_OPTIONS = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET"],
    "allow_headers": ["Content-Type"],
}
app.add_middleware(CORSMiddleware, **CORS_OPTIONS)


class TrackingStage(BaseModel):
    stage: str
    completed_on: Optional[date]


class TrackingView(BaseModel):
    commission_id: int
    dial_type: str
    stages: list[TrackingStage]
    estimated_dispatch: Optional[date]


def _customer_for_session(token: Optional[str]) -> int:
    if not token:
        raise HTTPException(status_code=401, detail="not signed in")
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT customer_id FROM customer_sessions WHERE token = :t AND expires_at > now()"),
            {"t": token},
        ).first()
    if row is None:
        raise HTTPException(status_code=401, detail="session expired")
    return row.customer_id


@app.get("/api/commissions/{commission_id}/tracking", response_model=TrackingView)
def tracking(commission_id: int, sd_session: Optional[str] = Cookie(default=None)):
    customer_id = _customer_for_session(sd_session)
    with engine.connect() as conn:
        head = conn.execute(
            text("SELECT id, dial_type, estimated_dispatch FROM commissions "
                 "WHERE id = :cid AND customer_id = :cust"),
            {"cid": commission_id, "cust": customer_id},
        ).first()
        if head is None:
            raise HTTPException(status_code=404, detail="no such commission")
        stages = conn.execute(
            text("SELECT stage, completed_on FROM commission_stages "
                 "WHERE commission_id = :cid ORDER BY position"),
            {"cid": commission_id},
        ).all()
    return TrackingView(
        commission_id=head.id,
        dial_type=head.dial_type,
        stages=[TrackingStage(stage=s.stage, completed_on=s.completed_on) for s in stages],
        estimated_dispatch=head.estimated_dispatch,
    )
