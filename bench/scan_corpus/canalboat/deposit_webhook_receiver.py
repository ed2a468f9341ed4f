"""Receives damage-deposit events from the card processor.

The processor signs every callback with HMAC-SHA256 over the raw body.
During a key rotation two secrets are live at once, so a callback is
accepted if it matches either of them.
"""
import hashlib
import hmac
import json
import logging

from fastapi import APIRouter, Header, HTTPException, Request

from canalboat.deposits import mark_captured, mark_released
from canalboat.settings import settings

log = logging.getLogger(__name__)
router = APIRouter(prefix="/hooks/deposits")


def _expected_signatures(body: bytes) -> list[str]:
    return [
        hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        for secret in settings.deposit_webhook_secrets
    ]


def _is_authentic(body: bytes, signature: str) -> bool:
    return signature.strip().lower() in _expected_signatures(body)


@router.post("")
async def deposit_event(request: Request, x_processor_signature: str = Header(...)):
    body = await request.body()
    if not _is_authentic(body, x_processor_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")

    event = json.loads(body)
    data = event.get("data", {})
    reference = data.get("booking_reference")
    kind = event.get("type")
    log.info("deposit event %s for booking %s", kind, reference)

    if kind == "deposit.captured":
        await mark_captured(reference, amount_pence=int(data["amount"]))
    elif kind == "deposit.released":
        await mark_released(reference)
    else:
        log.debug("ignoring deposit event type %s", kind)
    return {"received": True}
