"""Login and logout for the client portal (quotes, uploads, deliveries)."""
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import APIRouter, Depends, Form, HTTPException, Request, Response, status

from .db import get_db
from .models import ClientUser
from .sessions import SessionStore

router = APIRouter(tags=["auth"])
hasher = PasswordHasher()
sessions = SessionStore()

SESSION_COOKIE = "lsp_portal_sid"
SESSION_TTL = timedelta(hours=8)


@router.post("/login")
def login(response: Response, email: str = Form(...), password: str = Form(...), db=Depends(get_db)):
    user = db.query(ClientUser).filter(ClientUser.email == email.lower()).one_or_none()
    if user is None or not user.active:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    try:
        hasher.verify(user.password_hash, password)
    except VerifyMismatchError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    if hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hasher.hash(password)
        db.commit()

    sid = secrets.token_urlsafe(32)
    sessions.create(sid, user_id=user.id, ttl=SESSION_TTL)
    response.set_cookie(
        key=SESSION_COOKIE,
        value=sid,
        max_age=int(SESSION_TTL.total_seconds()),
        samesite="lax",
        path="/",
    )
    return {"user": user.email, "company": user.company_name}


@router.post("/logout", status_code=204)
def logout(request: Request, response: Response):
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        sessions.delete(sid)
    response.delete_cookie(SESSION_COOKIE, path="/")
