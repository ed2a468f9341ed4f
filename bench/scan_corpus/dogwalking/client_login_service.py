"""Login service for clients of the pet-sitting portal (FastAPI)."""

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, EmailStr
from sqlalchemy.orm import Session

from .deps import get_db
from .models import Client
from .sessions import issue_session


@dataclass(frozen=True)
class KdfSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


KDF = KdfSettings()

router = APIRouter(prefix="/clients")


class Credentials(BaseModel):
    email: EmailStr
    password: str


def derive(password: str, salt: bytes, iterations: int, settings: KdfSettings = KDF) -> bytes:
    return hashlib.pbkdf2_hmac(settings.algorithm, password.encode("utf-8"), salt, iterations)


def make_hash(password: str, settings: KdfSettings = KDF) -> str:
    salt = secrets.token_bytes(settings.salt_bytes)
    key = derive(password, salt, settings.iterations, settings)
    return "$".join(
        [str(settings.iterations), base64.b64encode(salt).decode(), base64.b64encode(key).decode()]
    )


def check_hash(password: str, stored: str) -> bool:
    iterations, salt_b64, key_b64 = stored.split("$")
    key = derive(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(key, base64.b64decode(key_b64))


@router.post("/signup", status_code=status.HTTP_201_CREATED)
def signup(body: Credentials, db: Session = Depends(get_db)) -> dict:
    if len(body.password) < 10:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "password too short")
    if db.query(Client).filter(Client.email == body.email.lower()).first():
        raise HTTPException(status.HTTP_409_CONFLICT, "account exists")
    client = Client(email=body.email.lower(), password_hash=make_hash(body.password))
    db.add(client)
    db.commit()
    return {"client_id": client.id}


@router.post("/login")
def login(body: Credentials, db: Session = Depends(get_db)) -> dict:
    client = db.query(Client).filter(Client.email == body.email.lower()).first()
    if client is None or not check_hash(body.password, client.password_hash):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    if not client.password_hash.startswith(f"{KDF.iterations}$"):
        client.password_hash = make_hash(body.password)
        db.commit()
    return {"session": issue_session(client.id)}
