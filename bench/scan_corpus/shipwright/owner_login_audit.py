"""Audit trail for owner portal sign-ins.

Every sign-in attempt is written to the structured audit log so that the
office can answer "someone tried to get into my account" queries.
"""
import structlog
from fastapi import APIRouter, Form, HTTPException, Request

from shipwright.auth import authenticate_owner, start_session

router = APIRouter()
audit = structlog.get_logger("shipwright.audit")


def attempt_context(request: Request, form: dict) -> dict:
    return {
        "ip": request.client.host if request.client else None,
        "user_agent": request.headers.get("user-agent", ""),
        **form,
    }


@router.post("/portal/login")
async def login(
    request: Request,
    email: str = Form(...),
    password: str = Form(...),
    remember: bool = Form(False),
):
    form = {"email": email.strip().lower(), "password": password, "remember": remember}
    context = attempt_context(request, form)
    owner = await authenticate_owner(form["email"], password)
    if owner is None:
        audit.warning("owner_login_failed", **context)
        raise HTTPException(status_code=401, detail="Email or password not recognised")
    audit.info("owner_login_succeeded", owner_id=owner.id, ip=context["ip"])
    return await start_session(owner, remember=remember)
