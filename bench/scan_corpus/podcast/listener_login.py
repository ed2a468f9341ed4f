"""Login endpoint for the listener web player (FastAPI)."""
import secrets

from fastapi import APIRouter, Depends, Form, HTTPException, Response
from sqlalchemy.orm import Session

from .db import get_db
from .models import Listener, ListenerSession
from .passwords import verify_password
from .settings import settings

router = APIRouter()

COOKIE_NAME = "pl_session"
COOKIE_OPTS = {
    "max_age": 60 * 60 * 24 * 30,
    "httponly": True,
    "secure": True,
    "samesite": "lax",
    "path": "/",
}


@router.post("/login")
def login(response: Response, email: str = Form(...), password: str = Form(...), db: Session = Depends(get_db)):
    listener = db.query(Listener).filter(Listener.email == email.lower()).one_or_none()
    if listener is None or not verify_password(password, listener.password_hash):
        raise HTTPException(401, "email or password is incorrect")
    session = ListenerSession(listener_id=listener.id, key=secrets.token_urlsafe(32))
    db.add(session)
    db.commit()
    response.set_cookie(COOKIE_NAME, session.key, domain=settings.cookie_domain, **COOKIE_OPTS)
    return {"ok": True, "listener": listener.id}


@router.post("/logout")
def logout(response: Response):
    response.delete_cookie(COOKIE_NAME, domain=settings.cookie_domain, path="/", secure=True, httponly=True)
    return {"ok": True}
