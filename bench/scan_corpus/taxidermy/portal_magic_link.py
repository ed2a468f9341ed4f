"""Passwordless sign-in links for the customer portal.

Many of our clients are hunters who only visit the portal twice a year, so
instead of passwords we e-mail a one-time link that expires after 20 minutes.
"""
from __future__ import annotations

import hashlib
import smtplib
import string
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from random import choices as _pick

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr
from sqlalchemy import text
from sqlalchemy.orm import Session

from .config import settings
from .database import get_session

router = APIRouter(prefix="/portal/auth")

TOKEN_ALPHABET = string.ascii_letters + string.digits
LINK_TTL = timedelta(minutes=20)


class LinkRequest(BaseModel):
    email: EmailStr


def _login_token(length: int = 40) -> str:
    return "".join(_pick(TOKEN_ALPHABET, k=length))


def _fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def _send_link(to_addr: str, link: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Your sign-in link - Northwoods Taxidermy"
    msg["From"] = settings.mail_from
    msg["To"] = to_addr
    msg.set_content(f"Click to view your commission:\n\n{link}\n\nThe link expires in 20 minutes.")
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port) as smtp:
        smtp.starttls()
        smtp.login(settings.smtp_user, settings.smtp_password)
        smtp.send_message(msg)


@router.post("/link", status_code=202)
def request_link(body: LinkRequest, db: Session = Depends(get_session)):
    customer = db.execute(
        text("SELECT id FROM customers WHERE lower(email) = lower(:email)"),
        {"email": body.email},
    ).first()
    if customer is None:
        return {"status": "sent"}

    token = _login_token()
    db.execute(
        text(
            "INSERT INTO portal_login_links (customer_id, token_sha256, expires_at) "
            "VALUES (:cid, :digest, :exp)"
        ),
        {"cid": customer.id, "digest": _fingerprint(token), "exp": datetime.now(timezone.utc) + LINK_TTL},
    )
    db.commit()
    _send_link(body.email, f"{settings.portal_base_url}/auth/link/{token}")
    return {"status": "sent"}


@router.get("/link/{token}")
def redeem_link(token: str, db: Session = Depends(get_session)):
    row = db.execute(
        text(
            "UPDATE portal_login_links SET used_at = now() "
            "WHERE token_sha256 = :digest AND used_at IS NULL AND expires_at > now() "
            "RETURNING customer_id"
        ),
        {"digest": _fingerprint(token)},
    ).first()
    db.commit()
    if row is None:
        raise HTTPException(status_code=410, detail="link expired or already used")
    return {"customer_id": row.customer_id}
