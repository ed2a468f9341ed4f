"""Ingest order notifications pushed by the marketplace where the clogs are also sold."""

import base64
import hashlib
import hmac
import json

from fastapi import APIRouter, HTTPException, Request

from clogmaker.config import settings
from clogmaker.orders import import_marketplace_order

router = APIRouter()


def _expected_signature(secret: str, body: bytes) -> str:
    mac = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).digest()
    return base64.b64encode(mac).decode("ascii")


def signature_ok(body: bytes, received: str, secrets_to_try: list[str]) -> bool:
    for secret in secrets_to_try:
        if hmac.compare_digest(_expected_signature(secret, body), received):
            return True
    return False


@router.post("/webhooks/marketplace/orders")
async def marketplace_order(request: Request):
    body = await request.body()
    received = request.headers.get("X-Marketplace-Hmac-Sha256", "")
    active_secrets = [settings.MARKETPLACE_WEBHOOK_SECRET]
    if settings.MARKETPLACE_WEBHOOK_SECRET_PREVIOUS:
        active_secrets.append(settings.MARKETPLACE_WEBHOOK_SECRET_PREVIOUS)
    if not signature_ok(body, received, active_secrets):
        raise HTTPException(status_code=401)
    payload = json.loads(body)
    lines = [
        {"sku": item["sku"], "quantity": int(item["quantity"]), "size": item.get("variant_title")}
        for item in payload.get("line_items", [])
    ]
    order = await import_marketplace_order(
        external_id=str(payload["id"]),
        email=payload.get("email"),
        lines=lines,
        shipping=payload.get("shipping_address", {}),
    )
    return {"imported": order.id}
