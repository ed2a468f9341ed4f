"""Receives block-availability and shipment notices from granite quarry suppliers."""

import hashlib
import hmac

from fastapi import APIRouter, HTTPException, Request

from stonecarver.settings import settings
from stonecarver.supply import shipments

router = APIRouter()


class SupplierSignature:
    """HMAC-SHA256 signature scheme shared with each quarry supplier."""

    header = "X-Quarry-Signature"

    def __init__(self, secrets_by_supplier: dict[str, str]):
        self._secrets = secrets_by_supplier

    def compute(self, supplier: str, body: bytes) -> str:
        key = self._secrets[supplier].encode()
        return "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()

    def matches(self, supplier: str, body: bytes, presented: str) -> bool:
        if supplier not in self._secrets:
            return False
        return hmac.compare_digest(self.compute(supplier, body), presented)


signatures = SupplierSignature(settings.quarry_webhook_secrets)


@router.post("/webhooks/quarry/{supplier}")
async def quarry_notice(supplier: str, request: Request):
    body = await request.body()
    presented = request.headers.get(SupplierSignature.header, "")
    if not signatures.matches(supplier, body, presented):
        raise HTTPException(status_code=401, detail="bad signature")
    notice = await request.json()
    if notice.get("event") == "shipment.dispatched":
        await shipments.record_dispatch(supplier, notice["block_id"], notice["eta"])
    return {"ok": True}
