"""Signed delivery confirmations from the national pallet network.

Small castings go out on pallets through a pallet network, which posts a
proof-of-delivery event back to us. Events carry an HMAC-SHA256 signature
of the body keyed with our account secret.
"""
import hashlib
import hmac

from fastapi import APIRouter, Header, HTTPException, Request

from haulage.config import settings
from haulage.pallets import record_delivery

router = APIRouter()


class SignatureVerifier:
    def __init__(self, secret: str):
        self._key = secret.encode("utf-8")

    def sign(self, body: bytes) -> str:
        return hmac.new(self._key, body, hashlib.sha256).hexdigest()

    def verify(self, body: bytes, signature: str) -> bool:
        return hmac.compare_digest(self.sign(body), signature.strip().lower())


verifier = SignatureVerifier(settings.PALLET_NETWORK_SECRET)


@router.post("/pallet-network/events")
async def pallet_event(request: Request, x_pn_signature: str = Header(default="")):
    body = await request.body()
    if not verifier.verify(body, x_pn_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    if event.get("type") != "delivered":
        return {"ignored": event.get("type")}
    await record_delivery(
        consignment=event["consignment_no"],
        signed_by=event.get("signatory"),
        delivered_at=event["delivered_at"],
    )
    return {"ok": True}
