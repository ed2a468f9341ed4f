"""Webhook receiver for orders relayed by the wholesale marketplace integration."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from typing import Any

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI(title="B2B order relay")


class SignatureVerifier:
    def __init__(self, secret_env: str = "MARKETPLACE_WEBHOOK_SECRET") -> None:
        self._secret = os.environ[secret_env].encode("utf-8")

    def digest(self, body: bytes) -> str:
        mac = hmac.new(self._secret, body, hashlib.sha256).digest()
        return base64.b64encode(mac).decode("ascii")

    def matches(self, body: bytes, header_value: str) -> bool:
        expected = self.digest(body)
        return hmac.compare_digest(expected.encode(), header_value.encode())


verifier = SignatureVerifier()


def _normalise_order(payload: dict[str, Any]) -> dict[str, Any]:
    return {
        "external_id": payload["id"],
        "buyer_account": payload["buyer"]["account_number"],
        "lines": [
            {"sku": line["sku"], "qty_kg": float(line["quantity"])}
            for line in payload.get("line_items", [])
        ],
        "requested_delivery": payload.get("delivery_date"),
    }


@app.post("/webhooks/marketplace/orders")
async def receive_order(
    request: Request,
    x_marketplace_hmac_sha256: str = Header(...),
) -> dict[str, str]:
    body = await request.body()
    if not verifier.matches(body, x_marketplace_hmac_sha256):
        raise HTTPException(status_code=401, detail="signature mismatch")
    order = _normalise_order(await request.json())
    request.app.state.order_queue.put_nowait(order)
    return {"status": "queued", "external_id": str(order["external_id"])}
