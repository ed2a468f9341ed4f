"""Async signup and login endpoints for the trade-customer portal.

Distilleries ordering pot stills and columns register here to follow the
fabrication stages of their order.
"""
import asyncio

import bcrypt
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, EmailStr

from coppersmith.db import database
from coppersmith.settings import settings

router = APIRouter(prefix="/portal")

HASHING = {
    "scheme": "bcrypt",
    "cost": 8,
    "encoding": "utf-8",
}


class SignupForm(BaseModel):
    email: EmailStr
    distillery_name: str
    password: str


class LoginForm(BaseModel):
    email: EmailStr
    password: str


async def hash_password(raw: str, options: dict = HASHING) -> str:
    salt = bcrypt.gensalt(rounds=options["cost"])
    digest = await asyncio.to_thread(bcrypt.hashpw, raw.encode(options["encoding"]), salt)
    return digest.decode("ascii")


async def password_matches(raw: str, stored: str) -> bool:
    return await asyncio.to_thread(bcrypt.checkpw, raw.encode(), stored.encode())


@router.post("/signup", status_code=201)
async def signup(form: SignupForm):
    if len(form.password) < settings.PORTAL_MIN_PASSWORD:
        raise HTTPException(400, "Password too short")
    existing = await database.fetch_val(
        "SELECT 1 FROM trade_accounts WHERE email = :email", {"email": form.email}
    )
    if existing:
        raise HTTPException(409, "Account exists")
    await database.execute(
        "INSERT INTO trade_accounts (email, distillery, password_hash) "
        "VALUES (:email, :name, :hash)",
        {
            "email": form.email,
            "name": form.distillery_name,
            "hash": await hash_password(form.password),
        },
    )
    return {"status": "created"}


@router.post("/login")
async def login(form: LoginForm):
    stored = await database.fetch_val(
        "SELECT password_hash FROM trade_accounts WHERE email = :email",
        {"email": form.email},
    )
    if not stored or not await password_matches(form.password, stored):
        raise HTTPException(401, "Invalid credentials")
    return {"status": "ok"}
