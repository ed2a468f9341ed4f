"""Audit trail of sign-ins to the invoicing portal.

Accounts staff at the fleets sign in to download invoices. Every attempt is
written to the audit log, which the workshop keeps for a year.
"""
import logging
from datetime import datetime, timezone

from fastapi import APIRouter, Form, HTTPException, Request

from netmaker.portal.auth import verify_login
from netmaker.portal.sessions import open_session

audit = logging.getLogger("netmaker.audit.signin")

router = APIRouter()


def _audit(event: str, email: str, request: Request, **extra) -> None:
    audit.info(
        "%s email=%s ip=%s ua=%s at=%s extra=%s",
        event,
        email,
        request.client.host if request.client else "-",
        request.headers.get("user-agent", "-")[:120],
        datetime.now(timezone.utc).isoformat(),
        extra,
    )


@router.post("/invoicing/sign-in")
async def sign_in(request: Request, email: str = Form(...), password: str = Form(...)):
    user = await verify_login(email, password)
    if user is None:
        _audit("signin_failed", email, request, reason="bad_credentials")
        raise HTTPException(status_code=401, detail="invalid credentials")
    session_id = await open_session(user)
    _audit("signin_ok", email, request, user_id=user.id)
    return {"session": session_id, "user": user.display_name}
