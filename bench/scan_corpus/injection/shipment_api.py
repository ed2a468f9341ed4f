"""Shipment tracking routes."""
from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter(prefix="/shipments", tags=["shipments"])

_BY_TRACKING = text(
    "SELECT id, tracking_code, carrier, state, updated_at FROM shipments "
    "WHERE tracking_code = :code AND carrier IN :carriers ORDER BY updated_at DESC"
).bindparams(bindparam("carriers", expanding=True))


@router.get("/track")
def track(
    code: str = Query(..., min_length=6, max_length=40),
    carrier: list[str] = Query(default=["dhl", "ups", "fedex"]),
    session: Session = Depends(get_session),
):
    rows = session.execute(_BY_TRACKING, {"code": code, "carriers": carrier}).mappings().all()
    if not rows:
        raise HTTPException(status_code=404, detail="no shipment with that code")
    return [dict(r) for r in rows]
