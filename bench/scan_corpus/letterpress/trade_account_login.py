"""Trade accounts for stationery boutiques that resell our letterpress cards wholesale."""
import base64
import hashlib
import hmac
import os

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, EmailStr
from sqlalchemy.orm import Session

from .db import get_session
from .models import TradeAccount

router = APIRouter(prefix="/trade", tags=["trade"])

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000


class Credentials(BaseModel):
    email: EmailStr
    password: str


def hash_password(raw: str, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = os.urandom(16)
    dk = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, raw.encode(), salt, iterations)
    return f"{iterations}${base64.b64encode(salt).decode()}${base64.b64encode(dk).decode()}"


def verify_password(raw: str, stored: str) -> bool:
    iterations, salt_b64, dk_b64 = stored.split("$")
    dk = hashlib.pbkdf2_hmac(
        PBKDF2_ALGORITHM, raw.encode(), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(dk, base64.b64decode(dk_b64))


@router.post("/accounts", status_code=status.HTTP_201_CREATED)
def open_account(body: Credentials, db: Session = Depends(get_session)):
    if db.query(TradeAccount).filter_by(email=body.email.lower()).first():
        raise HTTPException(status.HTTP_409_CONFLICT, "account exists")
    account = TradeAccount(email=body.email.lower(), password_hash=hash_password(body.password))
    db.add(account)
    db.commit()
    return {"id": account.id, "status": account.status}


@router.post("/login")
def login(body: Credentials, db: Session = Depends(get_session)):
    account = db.query(TradeAccount).filter_by(email=body.email.lower()).first()
    if account is None or not verify_password(body.password, account.password_hash):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    if account.status != "approved":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "trade account pending review")
    return {"id": account.id, "boutique": account.boutique_name}
