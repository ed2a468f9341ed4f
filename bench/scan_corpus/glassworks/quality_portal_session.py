"""Login and session cookie handling for the customer quality portal.

Customers' QA contacts sign in to download certificates of conformity and
to follow up on claims about delivered glass.
"""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

from fastapi import APIRouter, Depends, HTTPException, Response
from pydantic import BaseModel

from glassworks.portal.accounts import authenticate
from glassworks.portal.sessions import SessionStore, get_store

router = APIRouter()

SESSION_TTL = timedelta(hours=8)
COOKIE_SETTINGS = {
    "key": "qp_session",
    "max_age": int(SESSION_TTL.total_seconds()),
    "secure": True,
    "httponly": True,
    "samesite": "strict",
    "domain": os.environ.get("QUALITY_PORTAL_COOKIE_DOMAIN"),
    "path": "/",
}


class LoginForm(BaseModel):
    email: str
    password: str


@router.post("/session")
def login(form: LoginForm, response: Response, store: SessionStore = Depends(get_store)) -> dict:
    account = authenticate(form.email, form.password)
    if account is None:
        raise HTTPException(status_code=401, detail="invalid credentials")
    session_id = secrets.token_urlsafe(32)
    store.put(session_id, account.id, ttl=SESSION_TTL)
    response.set_cookie(value=session_id, **COOKIE_SETTINGS)
    return {"customer": account.customer_code, "name": account.display_name}


@router.delete("/session")
def logout(response: Response) -> dict:
    response.delete_cookie(
        COOKIE_SETTINGS["key"],
        path=COOKIE_SETTINGS["path"],
        domain=COOKIE_SETTINGS["domain"],
        secure=True,
        httponly=True,
        samesite="strict",
    )
    return {"ok": True}
