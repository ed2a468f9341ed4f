"""Structured audit events for surveyor sign-ins on the survey app.

Login forms are logged for troubleshooting tablet sign-in problems; fields
that hold credentials are blanked out before the event is written.
"""
import structlog
from fastapi import APIRouter, Form, HTTPException, Request

from shipwright.auth import authenticate_surveyor, start_session

router = APIRouter()
events = structlog.get_logger("shipwright.surveyor_auth")

SENSITIVE_FIELDS = frozenset({"password", "pin", "otp", "token"})


def redact(form: dict) -> dict:
    return {key: ("[redacted]" if key in SENSITIVE_FIELDS else value) for key, value in form.items()}


def event_context(request: Request, form: dict) -> dict:
    return {
        "ip": request.client.host if request.client else None,
        "device": request.headers.get("x-device-id", "unknown"),
        **redact(form),
    }


@router.post("/surveyor/login")
async def surveyor_login(
    request: Request,
    username: str = Form(...),
    password: str = Form(...),
    tablet_mode: bool = Form(True),
):
    form = {"username": username.strip().lower(), "password": password, "tablet_mode": tablet_mode}
    context = event_context(request, form)
    surveyor = await authenticate_surveyor(form["username"], password)
    if surveyor is None:
        events.warning("surveyor_login_failed", **context)
        raise HTTPException(status_code=401, detail="Sign-in failed")
    events.info("surveyor_login_succeeded", surveyor_id=surveyor.id, **context)
    return await start_session(surveyor, tablet=tablet_mode)
