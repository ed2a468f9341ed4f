"""Login endpoint for the trade portal.

Trade customers sign in with email and password; on success a server-side
session is created and the browser receives its session id in a cookie.
"""
from datetime import timedelta

from fastapi import APIRouter, Cookie, Depends, Form, HTTPException, Response

from tilemaker.auth.passwords import verify_password
from tilemaker.auth.sessions import SessionStore, get_session_store
from tilemaker.trade.repo import trade_account_by_email

router = APIRouter(prefix="/trade")

SESSION_COOKIE = "trade_sid"
SESSION_TTL = timedelta(hours=12)


def _attach_session(response: Response, session_id: str) -> None:
    response.set_cookie(
        key=SESSION_COOKIE,
        value=session_id,
        max_age=int(SESSION_TTL.total_seconds()),
        path="/trade",
        samesite="lax",
    )


@router.post("/login")
async def login(
    response: Response,
    email: str = Form(...),
    password: str = Form(...),
    sessions: SessionStore = Depends(get_session_store),
):
    account = await trade_account_by_email(email.strip().lower())
    if account is None or not verify_password(password, account.password_hash):
        raise HTTPException(status_code=401, detail="Incorrect email or password")
    if not account.approved:
        raise HTTPException(status_code=403, detail="Trade account awaiting approval")
    session_id = await sessions.create(account_id=account.id, ttl=SESSION_TTL)
    _attach_session(response, session_id)
    return {"company": account.company_name, "discount_tier": account.discount_tier}


@router.post("/logout")
async def logout(
    response: Response,
    trade_sid: str | None = Cookie(None),
    sessions: SessionStore = Depends(get_session_store),
):
    if trade_sid:
        await sessions.revoke(trade_sid)
    response.delete_cookie(SESSION_COOKIE, path="/trade")
    return {"ok": True}
