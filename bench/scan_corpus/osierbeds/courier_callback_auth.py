"""Collection-confirmation callbacks from the pallet courier.

Wholesale orders of rod bundles go on pallets; the pallet network calls us
when a pallet is collected from the yard and when it is delivered. The
courier sends the shared token configured on their portal.
"""
from __future__ import annotations

import logging
import os
import secrets
from datetime import datetime

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel
from sqlalchemy import update
from sqlalchemy.orm import Session

from osierbeds.db import get_db
from osierbeds.models import PalletConsignment

log = logging.getLogger(__name__)


class PalletSettings:
    @property
    def callback_token(self) -> str:
        return os.environ["PALLET_CALLBACK_TOKEN"]


settings = PalletSettings()
app = FastAPI(title="pallet-callbacks")


class PalletEvent(BaseModel):
    consignment: str
    event: str
    at: datetime
    signed_by: str | None = None


def require_pallet_network(x_callback_token: str = Header(...)) -> None:
    if not secrets.compare_digest(x_callback_token.encode(), settings.callback_token.encode()):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bad callback token")


@app.post("/pallets/events", dependencies=[Depends(require_pallet_network)])
def pallet_event(evt: PalletEvent, db: Session = Depends(get_db)):
    if evt.event not in {"collected", "delivered", "damaged"}:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "unknown event")
    values = {"status": evt.event, "status_at": evt.at}
    if evt.event == "delivered":
        values["signed_by"] = evt.signed_by
    result = db.execute(
        update(PalletConsignment)
        .where(PalletConsignment.consignment_number == evt.consignment)
        .values(**values)
    )
    db.commit()
    if result.rowcount == 0:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown consignment")
    log.info("pallet %s %s", evt.consignment, evt.event)
    return {"ok": True}
