"""Customer sign-in for the online shop (order history, saved addresses)."""
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, Form, HTTPException, Response
from passlib.context import CryptContext

from potter.customers import CustomerRepo, get_customer_repo
from potter.sessions import SessionStore, get_session_store

router = APIRouter(prefix="/account")

pwd_context = CryptContext(schemes=["argon2"], deprecated="auto")

SESSION_COOKIE_NAME = "potter_sid"
SESSION_LIFETIME = timedelta(days=14)
SESSION_COOKIE = {
    "max_age": int(SESSION_LIFETIME.total_seconds()),
    "path": "/",
    "samesite": "lax",
}


async def open_session(store: SessionStore, customer_id: int) -> str:
    session_id = secrets.token_urlsafe(32)
    await store.create(
        session_id,
        customer_id=customer_id,
        expires_at=datetime.now(timezone.utc) + SESSION_LIFETIME,
    )
    return session_id


@router.post("/login")
async def login(
    response: Response,
    email: str = Form(...),
    password: str = Form(...),
    customers: CustomerRepo = Depends(get_customer_repo),
    store: SessionStore = Depends(get_session_store),
):
    customer = await customers.by_email(email.strip().lower())
    if customer is None or not pwd_context.verify(password, customer.password_hash):
        raise HTTPException(status_code=401, detail="email or password incorrect")
    session_id = await open_session(store, customer.id)
    response.set_cookie(SESSION_COOKIE_NAME, session_id, **SESSION_COOKIE)
    return {"customer": customer.id, "first_name": customer.first_name}


@router.post("/logout")
async def logout(response: Response, store: SessionStore = Depends(get_session_store)):
    response.delete_cookie(SESSION_COOKIE_NAME, path="/")
    return {"ok": True}
