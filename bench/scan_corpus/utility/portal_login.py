"""Login and logout routes for the customer account portal."""
import datetime as dt
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import APIRouter, Depends, Form, HTTPException, Response, status
from sqlalchemy.orm import Session

from .db import get_session
from .models import Customer, PortalSession

router = APIRouter(prefix="/account")
hasher = PasswordHasher()

SESSION_COOKIE = "portal_sid"
SESSION_TTL = dt.timedelta(hours=8)


@router.post("/login")
def login(
    response: Response,
    email: str = Form(...),
    password: str = Form(...),
    db: Session = Depends(get_session),
):
    customer = db.query(Customer).filter(Customer.email == email.lower().strip()).one_or_none()
    try:
        if customer is None:
            raise VerifyMismatchError
        hasher.verify(customer.password_hash, password)
    except VerifyMismatchError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="Incorrect email or password")

    session_token = secrets.token_urlsafe(32)
    expires = dt.datetime.now(dt.timezone.utc) + SESSION_TTL
    db.add(PortalSession(token=session_token, customer_id=customer.id, expires_at=expires))
    db.commit()

    response.set_cookie(
        key=SESSION_COOKIE,
        value=session_token,
        max_age=int(SESSION_TTL.total_seconds()),
        httponly=True,
        samesite="lax",
    )
    return {"account_number": customer.account_number}

