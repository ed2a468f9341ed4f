"""Stock and price updates pushed by our steel and galvanised coil supplier."""
import logging
import os
import secrets
from decimal import Decimal

from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel

from inventory.service import apply_price_list, record_coil_dispatch

router = APIRouter(prefix="/hooks/supplier")
log = logging.getLogger(__name__)

_SHARED_TOKEN = os.environ.get("SUPPLIER_WEBHOOK_TOKEN", "")


class PriceLine(BaseModel):
    sku: str
    gauge_mm: Decimal
    price_per_tonne: Decimal


class SupplierEvent(BaseModel):
    event: str
    reference: str
    lines: list[PriceLine] = []


def _authorised(token: str | None) -> bool:
    if not _SHARED_TOKEN or token is None:
        return False
    return secrets.compare_digest(token.encode(), _SHARED_TOKEN.encode())


@router.post("/events")
async def supplier_event(request: Request, event: SupplierEvent, x_supplier_token: str | None = Header(default=None)):
    if not _authorised(x_supplier_token):
        raise HTTPException(status_code=401, detail="unauthorised")

    if event.event == "price_list.updated":
        changed = await apply_price_list(event.reference, [l.model_dump() for l in event.lines])
        log.info("supplier price list %s applied, %d skus changed", event.reference, changed)
    elif event.event == "coil.dispatched":
        await record_coil_dispatch(event.reference)
        log.info("coil dispatch %s recorded", event.reference)
    else:
        log.info("ignoring supplier event %s", event.event)
    return {"ok": True}
