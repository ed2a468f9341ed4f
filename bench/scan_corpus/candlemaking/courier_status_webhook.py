"""Delivery status updates pushed by the courier for shop parcels."""
from __future__ import annotations

import logging
import os
import secrets
from datetime import datetime

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

log = logging.getLogger(__name__)
app = FastAPI(title="Courier callbacks")

KNOWN_STATES = {"collected", "in_transit", "out_for_delivery", "delivered", "failed_attempt", "returned"}


class CourierEvent(BaseModel):
    tracking_number: str
    state: str
    occurred_at: datetime
    location: str | None = None


class CourierAuth:
    def __init__(self, env_var: str = "COURIER_CALLBACK_KEY") -> None:
        self._expected = os.environ[env_var]

    def matches(self, presented: str) -> bool:
        return secrets.compare_digest(presented.encode("utf-8"), self._expected.encode("utf-8"))


courier_auth = CourierAuth()


def require_courier(x_courier_key: str = Header(default="")) -> None:
    if not courier_auth.matches(x_courier_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="bad courier key")


def _shipments():
    from shop.shipments import ShipmentRepository

    return ShipmentRepository.default()


@app.post("/courier/events", dependencies=[Depends(require_courier)])
def courier_event(event: CourierEvent) -> dict:
    if event.state not in KNOWN_STATES:
        raise HTTPException(status_code=422, detail="unknown state")
    shipments = _shipments()
    shipment = shipments.by_tracking(event.tracking_number)
    if shipment is None:
        log.info("courier event for unknown parcel %s", event.tracking_number)
        return {"ignored": True}
    shipments.record_event(shipment.id, event.state, event.occurred_at, event.location)
    if event.state == "delivered":
        shipments.mark_delivered(shipment.id, event.occurred_at)
    return {"ok": True}
