"""Emailed sign-in links for retail customers who prefer not to keep a password."""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, HTTPException
from pydantic import EmailStr

from tallow.db import Customers
from tallow.mail import send_template

router = APIRouter(prefix="/auth/link")
LINK_TTL = timedelta(minutes=20)


def new_link_token() -> str:
    return secrets.token_urlsafe(32)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@router.post("/request", status_code=202)
async def request_link(email: EmailStr):
    customer = await Customers.by_email(email)
    if customer is None:
        return {"status": "sent"}
    token = new_link_token()
    await Customers.store_login_link(
        customer.id,
        token_digest=_digest(token),
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )
    await send_template(
        customer.email,
        "login_link",
        {"name": customer.first_name, "url": f"https://shop.hollinschandlers.co.uk/auth/link/{token}"},
    )
    return {"status": "sent"}


@router.get("/{token}")
async def redeem_link(token: str):
    link = await Customers.consume_login_link(_digest(token))
    if link is None or link.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status_code=410, detail="link expired")
    session_id = await Customers.start_session(link.customer_id)
    return {"session": session_id}
