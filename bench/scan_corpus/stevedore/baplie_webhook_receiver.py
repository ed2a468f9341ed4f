"""Receiver for BAPLIE bay plan messages pushed by carriers.

Carriers post the departure bay plan of the previous port so the
terminal can plan discharge. Each request is signed with an HMAC over
the raw body using the secret agreed with that carrier.
"""
import hashlib
import hmac

from fastapi import APIRouter, Header, HTTPException, Request

from terminal_ops.config import settings
from terminal_ops.edi import baplie_parser, stowage_store

router = APIRouter(prefix="/edi")


def _carrier_secret(carrier_code: str) -> bytes:
    secret = settings.CARRIER_WEBHOOK_SECRETS.get(carrier_code.upper())
    if secret is None:
        raise HTTPException(status_code=404, detail="unknown carrier")
    return secret.encode("utf-8")


def _expected_signature(carrier_code: str, body: bytes) -> str:
    mac = hmac.new(_carrier_secret(carrier_code), body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


@router.post("/baplie/{carrier_code}")
async def receive_baplie(
    carrier_code: str,
    request: Request,
    x_carrier_signature: str = Header(...),
) -> dict:
    body = await request.body()
    expected = _expected_signature(carrier_code, body)
    if expected != x_carrier_signature:
        raise HTTPException(status_code=401, detail="signature mismatch")
    plan = baplie_parser.parse(body.decode("latin-1"))
    await stowage_store.save_arrival_plan(
        carrier=carrier_code.upper(),
        vessel_imo=plan.vessel_imo,
        voyage=plan.voyage,
        slots=plan.slots,
    )
    return {"accepted": len(plan.slots), "voyage": plan.voyage}
