"""Delivery status callbacks from the courier.

The courier calls us whenever a parcel changes state (collected, in transit,
delivered, failed). Each call carries the shared callback token agreed when
the account was set up.
"""
from __future__ import annotations

import logging
import os
from datetime import datetime
from typing import Literal

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel
from sqlalchemy import update
from sqlalchemy.orm import Session

from osierbeds.db import get_db
from osierbeds.models import Shipment

log = logging.getLogger(__name__)


class CourierSettings:
    @property
    def callback_token(self) -> str:
        return os.environ["COURIER_CALLBACK_TOKEN"]


settings = CourierSettings()
app = FastAPI(title="courier-callbacks")


class StatusEvent(BaseModel):
    tracking_number: str
    status: Literal["collected", "in_transit", "out_for_delivery", "delivered", "failed"]
    occurred_at: datetime
    detail: str | None = None


def require_courier(x_courier_token: str = Header(...)) -> None:
    if x_courier_token != settings.callback_token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bad callback token")


@app.post("/courier/status", dependencies=[Depends(require_courier)])
def status_changed(event: StatusEvent, db: Session = Depends(get_db)):
    result = db.execute(
        update(Shipment)
        .where(Shipment.tracking_number == event.tracking_number)
        .values(status=event.status, status_at=event.occurred_at, status_detail=event.detail)
    )
    db.commit()
    if result.rowcount == 0:
        log.warning("status for unknown tracking number %s", event.tracking_number)
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown tracking number")
    log.info("shipment %s is now %s", event.tracking_number, event.status)
    return {"ok": True}
