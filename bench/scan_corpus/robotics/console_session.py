"""Login and logout routes for the operator console (FastAPI)."""
import secrets
from datetime import timedelta

from fastapi import APIRouter, Depends, Form, HTTPException, Request, Response

from .accounts import OperatorStore, get_store
from .sessions import SessionStore, get_sessions

SESSION_COOKIE = "fm_console_session"
SESSION_TTL = timedelta(hours=8)

router = APIRouter()


@router.post("/login")
def login(
    response: Response,
    username: str = Form(...),
    password: str = Form(...),
    store: OperatorStore = Depends(get_store),
    sessions: SessionStore = Depends(get_sessions),
):
    operator = store.authenticate(username, password)
    if operator is None:
        raise HTTPException(status_code=401, detail="invalid credentials")
    sid = secrets.token_urlsafe(32)
    sessions.create(sid, operator.username, ttl=SESSION_TTL)
    response.set_cookie(
        SESSION_COOKIE,
        sid,
        max_age=int(SESSION_TTL.total_seconds()),
        httponly=True,
        samesite="strict",
    )
    return {"username": operator.username, "site": operator.site_id}


@router.post("/logout")
def logout(request: Request, response: Response, sessions: SessionStore = Depends(get_sessions)):
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        sessions.revoke(sid)
    response.delete_cookie(SESSION_COOKIE)
    return {"ok": True}
