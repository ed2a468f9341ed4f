"""Delivery receipts from the SMS provider used for fixture change alerts."""
import base64
import hashlib
import hmac
import os

from fastapi import APIRouter, Header, HTTPException, Request

from league.notifications import mark_delivery

router = APIRouter(prefix="/callbacks/sms")


def _expected_signature(url: str, form: dict[str, str]) -> bytes:
    # provider signs the full callback URL followed by the sorted POST params
    message = url + "".join(f"{k}{form[k]}" for k in sorted(form))
    secret = os.environ["SMS_PROVIDER_AUTH_TOKEN"].encode()
    return base64.b64encode(hmac.new(secret, message.encode(), hashlib.sha256).digest())


@router.post("/status")
async def delivery_status(request: Request, x_provider_signature: str = Header(default="")):
    form = {k: str(v) for k, v in (await request.form()).items()}
    expected = _expected_signature(str(request.url), form)
    if not hmac.compare_digest(expected, x_provider_signature.encode()):
        raise HTTPException(status_code=403, detail="bad signature")

    status = form.get("MessageStatus", "")
    if status == "delivered":
        mark_delivery(form["MessageSid"], delivered=True)
    elif status in {"failed", "undelivered"}:
        mark_delivery(form["MessageSid"], delivered=False, error=form.get("ErrorCode"))
    return {"ok": True}

