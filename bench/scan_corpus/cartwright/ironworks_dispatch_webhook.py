"""Dispatch events from the forge that rolls our iron tyres and axle arms."""
import hashlib
import hmac
import os
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel

router = APIRouter(prefix="/hooks/ironworks")

_SECRET = os.environ["IRONWORKS_HOOK_SECRET"].encode()
TRACKED_EVENTS = {"dispatched", "delayed", "delivered"}


class DispatchEvent(BaseModel):
    event: str
    order_no: str
    items: list[str]
    eta: str | None = None
    api_version: str = "2"


def _sign(body: bytes) -> str:
    return hmac.new(_SECRET, body, hashlib.sha256).hexdigest()


async def _apply(event: DispatchEvent) -> None:
    from .orders import iron_orders

    await iron_orders.update_status(event.order_no, event.event, eta=event.eta)


@router.post("/dispatch", status_code=204)
async def dispatch(
    request: Request,
    x_forge_signature: Annotated[str, Header()] = "",
):
    raw = await request.body()
    if not hmac.compare_digest(_sign(raw), x_forge_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = DispatchEvent.model_validate_json(raw)
    if event.api_version != "2":
        raise HTTPException(status_code=400, detail="unsupported payload version")
    if event.event not in TRACKED_EVENTS:
        return None
    await _apply(event)
    return None
