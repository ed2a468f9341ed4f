"""Sign-in and sign-out for the customer hire portal."""
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, Form, HTTPException, Request, Response, status
from passlib.context import CryptContext

from wheelchairhire.accounts import find_account_by_email
from wheelchairhire.sessions import SessionStore, get_session_store

router = APIRouter(prefix="/account")

pwd_context = CryptContext(schemes=["argon2"], deprecated="auto")

SESSION_COOKIE = "wh_session"
SESSION_TTL = timedelta(hours=8)


@router.post("/login")
async def login(
    response: Response,
    email: str = Form(...),
    password: str = Form(...),
    store: SessionStore = Depends(get_session_store),
):
    account = await find_account_by_email(email.strip().lower())
    if account is None or not pwd_context.verify(password, account.password_hash):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Email or password not recognised")
    session_id = secrets.token_urlsafe(32)
    await store.create(
        session_id,
        account_id=account.id,
        expires_at=datetime.now(timezone.utc) + SESSION_TTL,
    )
    response.set_cookie(
        SESSION_COOKIE,
        session_id,
        max_age=int(SESSION_TTL.total_seconds()),
        samesite="lax",
        path="/",
    )
    return {"account": account.account_no, "name": account.display_name}


@router.post("/logout")
async def logout(
    request: Request,
    response: Response,
    store: SessionStore = Depends(get_session_store),
):
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        await store.delete(session_id)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return {"signed_out": True}
