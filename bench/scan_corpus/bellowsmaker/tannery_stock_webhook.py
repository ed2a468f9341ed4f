"""Stock notifications from the tannery that supplies our bellows leather.

The tannery pushes a JSON message whenever a lot of kid, sheep or goat skin
is graded and ready to ship. Messages carry an HMAC-SHA256 of the body in
the X-Tannery-Signature header, keyed with the secret they issued us.
"""
import hashlib
import hmac as _hmac
import os
from hmac import compare_digest as same
from typing import Literal

from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel

router = APIRouter()

SHARED_KEY = os.environ["TANNERY_WEBHOOK_KEY"].encode()
SUPPORTED_SCHEMA = "2"


class LeatherLot(BaseModel):
    lot_no: str
    skin: Literal["kid", "sheep", "goat", "calf"]
    thickness_mm: float
    area_sqft: float
    grade: str


class StockMessage(BaseModel):
    schema_version: str
    lots: list[LeatherLot]


def _sign(body: bytes) -> str:
    return _hmac.new(SHARED_KEY, body, hashlib.sha256).hexdigest()


async def _record_lots(lots: list[LeatherLot]) -> int:
    from .inventory import upsert_incoming_lot

    for lot in lots:
        await upsert_incoming_lot(lot.lot_no, lot.skin, lot.thickness_mm, lot.area_sqft, lot.grade)
    return len(lots)


@router.post("/hooks/tannery/stock")
async def tannery_stock(request: Request, x_tannery_signature: str = Header(default="")):
    body = await request.body()
    if not same(x_tannery_signature.lower(), _sign(body)):
        raise HTTPException(status_code=401, detail="signature mismatch")
    message = StockMessage.model_validate_json(body)
    if message.schema_version != SUPPORTED_SCHEMA:
        raise HTTPException(status_code=422, detail="unsupported schema")
    thin = [lot for lot in message.lots if lot.thickness_mm <= 0.6]
    count = await _record_lots(message.lots)
    return {"accepted": count, "accordion_grade": len(thin)}
