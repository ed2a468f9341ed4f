"""Callbacks from e-voucher vendors (shops redeeming beneficiary vouchers).

Each vendor terminal signs the redemption notice with its own terminal key;
the keys are stored on the vendor record, encrypted at rest.
"""
import hashlib
import hmac
import json

from fastapi import APIRouter, Depends, Header, HTTPException, Request

from .vendors import VendorRepository, get_vendor_repo

router = APIRouter(prefix="/vendors/callbacks")

ACCEPTED_EVENTS = {"voucher.redeemed", "voucher.reversed"}


def expected_signature(terminal_key: bytes, body: bytes) -> str:
    return hmac.new(terminal_key, body, hashlib.sha256).hexdigest()


@router.post("/redemption")
async def redemption(
    request: Request,
    x_terminal_id: str = Header(...),
    x_signature: str = Header(...),
    vendors: VendorRepository = Depends(get_vendor_repo),
):
    body = await request.body()
    terminal = vendors.terminal(x_terminal_id)
    if terminal is None:
        raise HTTPException(401, "unknown terminal")
    expected = expected_signature(terminal.key, body)
    if not hmac.compare_digest(expected, x_signature.lower()):
        raise HTTPException(401, "signature mismatch")
    event = json.loads(body)
    if event.get("type") not in ACCEPTED_EVENTS:
        raise HTTPException(422, "unsupported event")
    if event["vendor_id"] != terminal.vendor_id:
        raise HTTPException(403, "terminal does not belong to vendor")
    vendors.record_redemption(terminal.vendor_id, event)
    return {"ok": True}
