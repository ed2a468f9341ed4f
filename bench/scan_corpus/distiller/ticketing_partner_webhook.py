"""Inbound webhooks from the tour ticketing marketplace.

Third-party resellers sell distillery tour tickets; the marketplace posts
each sale here, signed with base64 HMAC-SHA256 of the raw body.
"""
import base64
import hashlib
import hmac

from fastapi import APIRouter, Depends, Header, HTTPException, Request

from tours.config import Settings, get_settings
from tours.reseller import record_reseller_sale

router = APIRouter()


def _sign(secret: str, body: bytes) -> bytes:
    return hmac.new(secret.encode(), body, hashlib.sha256).digest()


async def verified_body(
    request: Request,
    x_marketplace_signature: str = Header(...),
    settings: Settings = Depends(get_settings),
) -> bytes:
    body = await request.body()
    try:
        presented = base64.b64decode(x_marketplace_signature, validate=True)
    except ValueError:
        raise HTTPException(status_code=400, detail="Malformed signature")
    if not hmac.compare_digest(presented, _sign(settings.marketplace_secret, body)):
        raise HTTPException(status_code=401, detail="Bad signature")
    return body


@router.post("/webhooks/marketplace/sale")
async def marketplace_sale(body: bytes = Depends(verified_body)):
    sale = await record_reseller_sale(body)
    return {"booking_ref": sale.booking_ref}
