"""Status callbacks from the contractor dispatch platform.

The platform signs each callback body with the shared secret configured for
our account and sends the hex HMAC in ``X-Dispatch-Signature``.
"""
import hashlib
import hmac
import os

from fastapi import APIRouter, Header, HTTPException, Request

from coopsys.tickets.service import update_from_dispatch

router = APIRouter(prefix="/integrations/dispatch")


def _secret() -> bytes:
    return os.environ["DISPATCH_CALLBACK_SECRET"].encode()


def _sign(body: bytes) -> str:
    return hmac.new(_secret(), body, hashlib.sha256).hexdigest()


@router.post("/callback")
async def dispatch_callback(
    request: Request,
    x_dispatch_signature: str = Header(default=""),
):
    body = await request.body()
    expected = _sign(body)
    if not hmac.compare_digest(expected, x_dispatch_signature.strip().lower()):
        raise HTTPException(status_code=401, detail="invalid signature")

    event = await request.json()
    if event.get("status") not in {"accepted", "en_route", "on_site", "completed", "declined"}:
        raise HTTPException(status_code=422, detail="unknown status")
    update_from_dispatch(
        work_order=event["work_order_ref"],
        status=event["status"],
        eta=event.get("eta"),
    )
    return {"ok": True}
