"""Audit trail of skipper login attempts from the wheelhouse tablet app."""
import logging

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel

from bargeman.accounts import authenticate_skipper, issue_app_session

router = APIRouter(prefix="/app/auth")
audit = logging.getLogger("bargeman.audit.tablet")

REDACTED_FIELDS = {"password", "pin", "otp"}


class TabletLogin(BaseModel):
    licence_number: str
    password: str
    device_id: str
    app_version: str


def _audit_view(payload: dict) -> dict:
    return {k: ("***" if k in REDACTED_FIELDS else v) for k, v in payload.items()}


@router.post("/login")
async def tablet_login(body: TabletLogin, request: Request):
    skipper = await authenticate_skipper(body.licence_number, body.password)
    client = request.client.host if request.client else "unknown"
    if skipper is None:
        audit.warning("tablet login rejected from %s: %s", client, _audit_view(body.model_dump()))
        raise HTTPException(401, "invalid credentials")
    session = await issue_app_session(skipper.id, body.device_id)
    audit.info("tablet login ok skipper=%s device=%s", skipper.id, body.device_id)
    return {"session": session.token, "expires_in": session.ttl}
