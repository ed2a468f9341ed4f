"""Audit trail for crew app sign-ins.

Contracts managers want to see who logged in from where, especially when a
tablet goes missing from a van. Attempts are logged to the audit logger that
ships to the central log store.
"""
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel

from .accounts import verify_crew_password

audit = logging.getLogger("audit.crew_login")
router = APIRouter()


class LoginForm(BaseModel):
    username: str
    password: str
    device_id: Optional[str] = None


@dataclass
class LoginEvent:
    username: str
    ip: str
    device_id: Optional[str]
    success: bool
    at: datetime


def record(event: LoginEvent) -> None:
    audit.info(
        "crew login %s user=%s ip=%s device=%s at=%s",
        "ok" if event.success else "FAILED",
        event.username, event.ip, event.device_id or "-", event.at.isoformat(),
    )


@router.post("/crew/login")
async def crew_login(form: LoginForm, request: Request):
    client_ip = request.client.host if request.client else "unknown"
    crew = await verify_crew_password(form.username, form.password)
    record(LoginEvent(
        username=form.username,
        ip=client_ip,
        device_id=form.device_id,
        success=crew is not None,
        at=datetime.now(timezone.utc),
    ))
    if crew is None:
        raise HTTPException(status_code=401, detail="wrong username or password")
    request.session["crew_id"] = crew.id
    return {"crew_id": crew.id, "name": crew.display_name}
