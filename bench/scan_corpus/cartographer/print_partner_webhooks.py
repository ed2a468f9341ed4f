"""Inbound webhooks from print partners (async FastAPI service)."""
import hashlib
import hmac
import logging

from fastapi import APIRouter, Header, HTTPException, Request

from cartographer.config import settings
from cartographer.printing.service import apply_partner_event

router = APIRouter(prefix="/hooks/print-partners")
log = logging.getLogger(__name__)


def _candidate_macs(body: bytes, secrets_: list) -> list:
    return [hmac.new(s.encode(), body, hashlib.sha256).hexdigest() for s in secrets_]


def _signature_ok(body: bytes, provided: str, partner: str) -> bool:
    secrets_ = settings.PRINT_PARTNER_SECRETS.get(partner, [])
    return any(hmac.compare_digest(mac, provided) for mac in _candidate_macs(body, secrets_))


@router.post("/{partner}")
async def partner_event(partner: str, request: Request,
                        x_partner_signature: str = Header(default="")):
    if partner not in settings.PRINT_PARTNER_SECRETS:
        raise HTTPException(status_code=404)
    body = await request.body()
    if not _signature_ok(body, x_partner_signature.removeprefix("sha256="), partner):
        log.warning("bad signature on %s webhook", partner)
        raise HTTPException(status_code=401)
    event = await request.json()
    await apply_partner_event(partner, event)
    return {"received": event.get("id")}
