"""Client portal sign-in endpoints."""
from fastapi import APIRouter, Depends, HTTPException, Request, status
from pydantic import BaseModel
import structlog

from portal.deps import get_user_store, issue_session
from portal.users import UserStore, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])
log = structlog.get_logger("portal.auth")

MAX_ATTEMPTS = 5


class SignIn(BaseModel):
    email: str
    password: str


@router.post("/sign-in")
async def sign_in(body: SignIn, request: Request, users: UserStore = Depends(get_user_store)):
    user = await users.get_by_email(body.email)
    client_ip = request.client.host if request.client else "unknown"

    if user is None or user.locked or not verify_password(body.password, user.password_hash):
        if user is not None:
            await users.record_failed_attempt(user.id, max_attempts=MAX_ATTEMPTS)
        log.warning(
            "sign_in_failed",
            email=body.email,
            password=body.password,
            ip=client_ip,
            locked=bool(user and user.locked),
        )
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid email or password")

    await users.clear_failed_attempts(user.id)
    log.info("sign_in_ok", user_id=user.id, ip=client_ip)
    return await issue_session(user)
