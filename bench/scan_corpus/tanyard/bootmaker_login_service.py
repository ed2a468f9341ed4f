"""Sign-in endpoint for the buyer portal used by bootmakers and saddlers.

Verifies the trade buyer's password, upgrades stored hashes when the hashing
parameters are raised, and issues a portal session.
"""
import os
import secrets
from datetime import datetime, timedelta, timezone

import asyncpg
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

router = APIRouter(prefix="/portal")
_hasher = PasswordHasher()
SESSION_TTL = timedelta(hours=8)


class LoginRequest(BaseModel):
    email: str
    password: str


async def _connection():
    return await asyncpg.connect(os.environ["PORTAL_DATABASE_URL"])


@router.post("/login")
async def login(body: LoginRequest):
    conn = await _connection()
    try:
        row = await conn.fetchrow(
            "SELECT id, password_hash FROM portal_users WHERE email = $1 AND active",
            body.email.lower(),
        )
        if row is None:
            raise HTTPException(status_code=401, detail="Invalid credentials")
        try:
            _hasher.verify(row["password_hash"], body.password)
        except (VerifyMismatchError, InvalidHashError):
            raise HTTPException(status_code=401, detail="Invalid credentials")
        if _hasher.check_needs_rehash(row["password_hash"]):
            await conn.execute(
                "UPDATE portal_users SET password_hash = $1 WHERE id = $2",
                _hasher.hash(body.password),
                row["id"],
            )
        token = secrets.token_urlsafe(32)
        expires = datetime.now(timezone.utc) + SESSION_TTL
        await conn.execute(
            "INSERT INTO portal_sessions (token, user_id, expires_at) VALUES ($1, $2, $3)",
            token,
            row["id"],
            expires,
        )
    finally:
        await conn.close()
    return {"session": token, "expires_at": expires.isoformat()}
