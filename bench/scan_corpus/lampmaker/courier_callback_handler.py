"""Delivery status callbacks from the courier that ships finished lamps."""
import hashlib
import hmac
import logging
import os
from enum import Enum

from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel

router = APIRouter(prefix="/callbacks")
log = logging.getLogger("shipping.callbacks")


class ParcelStatus(str, Enum):
    COLLECTED = "collected"
    IN_TRANSIT = "in_transit"
    DELIVERED = "delivered"
    RETURNED = "returned"


class CourierEvent(BaseModel):
    consignment: str
    status: ParcelStatus
    order_ref: str


def _courier_secret() -> bytes:
    return os.environ["COURIER_CALLBACK_SECRET"].encode()


def _signature_ok(body: bytes, provided: str) -> bool:
    expected = hmac.new(_courier_secret(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided.strip().lower())


@router.post("/courier")
async def courier_event(request: Request, x_courier_signature: str = Header(...)):
    body = await request.body()
    if not _signature_ok(body, x_courier_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = CourierEvent.model_validate_json(body)
    if event.status == ParcelStatus.DELIVERED:
        await notify_delivered(event.order_ref)
    elif event.status == ParcelStatus.RETURNED:
        await flag_return(event.order_ref, event.consignment)
    log.info("consignment %s -> %s", event.consignment, event.status.value)
    return {"received": True}


async def notify_delivered(order_ref: str) -> None:
    from lampshop.notifications import send_delivery_email

    await send_delivery_email(order_ref)


async def flag_return(order_ref: str, consignment: str) -> None:
    from lampshop.orders import open_return_case

    await open_return_case(order_ref, consignment=consignment)
