"""Webhook endpoint for collection confirmations from recycler buyers.

When a buyer's haulier collects bales from the MRF, the buyer's system
notifies us so the dispatch note can be closed and invoiced.
"""

import hashlib
import hmac
import os

from fastapi import APIRouter, Header, HTTPException, Request

from buyers.dispatch import close_dispatch_note

router = APIRouter()

WEBHOOK_SECRETS = {
    buyer: os.environ[f"BUYER_WEBHOOK_SECRET_{buyer.upper()}"]
    for buyer in os.environ.get("BUYER_WEBHOOK_IDS", "").split(",")
    if buyer
}


def _valid(buyer: str, body: bytes, signature: str) -> bool:
    secret = WEBHOOK_SECRETS.get(buyer)
    if secret is None:
        return False
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@router.post("/webhooks/buyers/{buyer}/collections")
async def collection_confirmed(
    buyer: str,
    request: Request,
    x_signature: str = Header(default=""),
):
    body = await request.body()
    if not _valid(buyer, body, x_signature):
        raise HTTPException(status_code=401, detail="invalid signature")
    payload = await request.json()
    if payload.get("event") == "collection.confirmed":
        close_dispatch_note(
            buyer=buyer,
            note_id=payload["dispatch_note"],
            collected_at=payload["collected_at"],
            net_weight_kg=int(payload["net_weight_kg"]),
        )
    return {"ok": True}
