"""Receive order status callbacks from partner shop POS systems."""
import hashlib
import hmac

from fastapi import APIRouter, Header, HTTPException, Request

from .shops import ShopDirectory

router = APIRouter(prefix="/callbacks")
shops = ShopDirectory()


def _sign(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _verify(secret: bytes, body: bytes, received: str) -> bool:
    expected = _sign(secret, body)
    return hmac.compare_digest(expected, received.strip().lower())


@router.post("/shops/{shop_id}/orders")
async def order_callback(
    shop_id: str,
    request: Request,
    x_bloomnet_signature: str = Header(...),
):
    shop = shops.get(shop_id)
    if shop is None:
        raise HTTPException(status_code=404)
    body = await request.body()
    if not _verify(shop.callback_secret, body, x_bloomnet_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    shops.record_status(shop_id, event["order_ref"], event["status"])
    return {"ok": True}
