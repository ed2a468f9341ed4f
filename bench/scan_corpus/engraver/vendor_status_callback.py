"""Status callbacks from the outside plating vendor that finishes brass plates for us."""
import hashlib
import hmac
import logging
import os

from fastapi import APIRouter, Header, HTTPException, Request

from .orders_repo import set_plating_status

log = logging.getLogger(__name__)
router = APIRouter(prefix="/vendor")

CALLBACK_KEY = os.environ["PLATING_CALLBACK_KEY"].encode()
KNOWN_STATUSES = {"received", "plating", "shipped", "rejected"}
API_VERSION = "2023-10"


def _sign(body: bytes) -> str:
    return hmac.new(CALLBACK_KEY, body, hashlib.sha256).hexdigest()


def _signature_ok(body: bytes, provided: str) -> bool:
    return hmac.compare_digest(_sign(body), provided)


@router.post("/plating-status")
async def plating_status(
    request: Request,
    x_vendor_signature: str = Header(...),
    x_vendor_api_version: str = Header(API_VERSION),
):
    body = await request.body()
    if not _signature_ok(body, x_vendor_signature):
        raise HTTPException(401, "signature mismatch")
    if x_vendor_api_version != API_VERSION:
        log.warning("plating vendor sent api version %s", x_vendor_api_version)

    event = await request.json()
    status = event.get("status")
    if status not in KNOWN_STATUSES:
        raise HTTPException(422, "unknown status")
    if status == "rejected":
        log.warning("plate %s rejected by vendor: %s", event.get("plate_ref"), event.get("reason"))
    await set_plating_status(
        plate_ref=event["plate_ref"],
        status=status,
        tracking=event.get("tracking_number"),
    )
    return {"ok": True}
