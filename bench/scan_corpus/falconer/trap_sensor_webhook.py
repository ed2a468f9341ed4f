"""Inbound webhooks from smart traps at pest-control contract sites.

Contracted client sites (warehouses, landfill, an airfield) run sensor traps
that report activity. The sensor vendor signs every delivery with a shared
secret; during rotation both the current and the previous secret are accepted.
"""
import hashlib
import hmac
import json

from fastapi import APIRouter, Header, HTTPException, Request

from falconer.config import settings
from falconer.pest.service import record_trap_event

router = APIRouter(prefix="/hooks/traps")


def _active_secrets() -> list[str]:
    return [s for s in (settings.TRAP_WEBHOOK_SECRET, settings.TRAP_WEBHOOK_SECRET_PREVIOUS) if s]


def _expected_signatures(body: bytes) -> list[str]:
    return [
        hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
        for secret in _active_secrets()
    ]


@router.post("/events")
async def receive_trap_event(request: Request, x_trap_signature: str = Header(...)):
    body = await request.body()
    if x_trap_signature.strip().lower() not in _expected_signatures(body):
        raise HTTPException(status_code=401, detail="signature mismatch")

    try:
        event = json.loads(body)
    except json.JSONDecodeError:
        raise HTTPException(status_code=400, detail="malformed payload")

    await record_trap_event(
        contract_ref=event["site"]["contract_ref"],
        trap_id=event["trap_id"],
        species=event.get("species", "unknown"),
        triggered_at=event["timestamp"],
    )
    return {"status": "accepted"}
