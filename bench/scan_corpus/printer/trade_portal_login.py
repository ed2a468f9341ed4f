"""Login and logout for the trade reseller portal.

Resellers sign in with email and password; a server-side session row is
created and its id handed to the browser.
"""
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from pydantic import BaseModel, EmailStr

from printshop.db import get_db
from printshop.trade.accounts import authenticate
from printshop.trade.sessions import PortalSession, revoke_session

router = APIRouter(prefix="/trade/portal")

SESSION_COOKIE = "trade_sid"
SESSION_TTL = timedelta(hours=12)


class LoginForm(BaseModel):
    email: EmailStr
    password: str


async def create_session(db, account_id: int) -> str:
    session_id = secrets.token_urlsafe(32)
    db.add(
        PortalSession(
            id=session_id,
            account_id=account_id,
            expires_at=datetime.now(timezone.utc) + SESSION_TTL,
        )
    )
    await db.commit()
    return session_id


@router.post("/login")
async def login(form: LoginForm, response: Response, db=Depends(get_db)):
    account = await authenticate(db, form.email, form.password)
    if account is None:
        raise HTTPException(status_code=401, detail="invalid email or password")
    session_id = await create_session(db, account.id)
    response.set_cookie(SESSION_COOKIE, session_id, max_age=int(SESSION_TTL.total_seconds()), samesite="lax")
    return {"account": account.reference, "name": account.company_name}


@router.post("/logout")
async def logout(request: Request, response: Response, db=Depends(get_db)):
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        await revoke_session(db, session_id)
    response.delete_cookie(SESSION_COOKIE)
    return {"ok": True}
