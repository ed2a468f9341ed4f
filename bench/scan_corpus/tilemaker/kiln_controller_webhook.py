"""Receives firing events pushed by the kiln controllers.

Each kiln's controller posts a JSON event when a segment starts, a hold
ends or the firing completes. Events are signed with HMAC-SHA256 using the
workshop's shared webhook key; during key rotation two keys are accepted.
"""
import hashlib
import hmac
import json

from fastapi import APIRouter, Header, HTTPException, Request

from tilemaker.firing import record_firing_event
from tilemaker.settings import settings

router = APIRouter(prefix="/kiln")


def _active_keys() -> list[bytes]:
    keys = [settings.kiln_webhook_key]
    if settings.kiln_webhook_previous_key:
        keys.append(settings.kiln_webhook_previous_key)
    return [k.encode() for k in keys]


def _expected_signatures(body: bytes) -> set[str]:
    return {
        hmac.new(key, body, hashlib.sha256).hexdigest()
        for key in _active_keys()
    }


@router.post("/events")
async def kiln_event(
    request: Request,
    x_kiln_signature: str = Header(...),
    x_kiln_id: str = Header(...),
):
    body = await request.body()
    if x_kiln_signature.lower() not in _expected_signatures(body):
        raise HTTPException(status_code=401, detail="bad signature")
    event = json.loads(body)
    await record_firing_event(
        kiln_id=x_kiln_id,
        kind=event["type"],
        segment=event.get("segment"),
        temperature_c=event.get("temp_c"),
        occurred_at=event["ts"],
    )
    return {"ok": True}
