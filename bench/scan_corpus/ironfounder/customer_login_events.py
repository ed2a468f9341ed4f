"""Login event logging for the customer drawings portal (API login).

The mobile app signs in through a JSON endpoint. Each outcome is logged
with the email, client address and reason so support can trace lockouts.
"""
import logging

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, EmailStr

from portal.accounts import authenticate_async, issue_session
from portal.ratelimit import register_failure

router = APIRouter()
log = logging.getLogger("portal.auth")


class LoginBody(BaseModel):
    email: EmailStr
    password: str


def _describe(request: Request, body: LoginBody) -> dict:
    return {
        "email": body.email,
        "ip": request.client.host if request.client else None,
        "agent": request.headers.get("user-agent", "")[:120],
    }


@router.post("/api/login")
async def api_login(request: Request, body: LoginBody):
    context = _describe(request, body)
    user = await authenticate_async(body.email, body.password)
    if user is None:
        locked = await register_failure(body.email)
        log.warning("api login failed %s locked=%s", context, locked)
        raise HTTPException(status_code=401, detail="invalid credentials")
    session = await issue_session(user)
    log.info("api login ok %s user_id=%s", context, user.id)
    return {"session": session.token, "expires_at": session.expires_at.isoformat()}
