"""Handles mandate and payment notifications for monthly daycare direct debits."""
import hashlib
import hmac
import json
import logging
import os

from fastapi import APIRouter, Header, HTTPException, Request

from .daycare_billing import cancel_membership, record_collection

router = APIRouter(prefix="/webhooks/direct-debit")
log = logging.getLogger(__name__)

DD_SETTINGS = {
    "secret_env": "DIRECT_DEBIT_WEBHOOK_SECRET",
    "digest": hashlib.sha256,
    "accepted_resource_types": {"payments", "mandates"},
}


def compute_signature(body: bytes, settings: dict = DD_SETTINGS) -> str:
    key = os.environ[settings["secret_env"]].encode("utf-8")
    return hmac.new(key, body, settings["digest"]).hexdigest()


def signature_matches(provided: str, body: bytes) -> bool:
    return hmac.compare_digest(provided.encode(), compute_signature(body).encode())


def _handle(event: dict) -> None:
    resource = event.get("resource_type")
    action = event.get("action")
    links = event.get("links", {})
    if resource == "payments" and action == "confirmed":
        record_collection(payment_id=links["payment"], status="confirmed")
    elif resource == "payments" and action == "failed":
        record_collection(payment_id=links["payment"], status="failed")
    elif resource == "mandates" and action == "cancelled":
        cancel_membership(mandate_id=links["mandate"])


@router.post("")
async def direct_debit_events(
    request: Request,
    webhook_signature: str = Header(..., alias="Webhook-Signature"),
):
    body = await request.body()
    if not signature_matches(webhook_signature, body):
        raise HTTPException(status_code=498, detail="invalid signature")

    payload = json.loads(body)
    handled = 0
    for event in payload.get("events", []):
        if event.get("resource_type") not in DD_SETTINGS["accepted_resource_types"]:
            continue
        _handle(event)
        handled += 1
    log.info("Processed %d direct debit events", handled)
    return {"handled": handled}
