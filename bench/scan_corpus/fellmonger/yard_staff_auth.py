"""Async credential handling for yard graders and weighbridge staff."""
import asyncio
import base64
import hashlib
import hmac
import os

import asyncpg

from fellmonger.settings import DATABASE_DSN

SALT_LEN = 16
KEY_LEN = 64


def _scrypt(password: str, salt: bytes, n: int = 2**10, r: int = 8, p: int = 1) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, dklen=KEY_LEN)


async def hash_staff_password(password: str) -> str:
    salt = os.urandom(SALT_LEN)
    loop = asyncio.get_running_loop()
    key = await loop.run_in_executor(None, _scrypt, password, salt)
    return base64.b64encode(salt + key).decode()


async def verify_staff_password(password: str, stored: str) -> bool:
    raw = base64.b64decode(stored)
    salt, expected = raw[:SALT_LEN], raw[SALT_LEN:]
    loop = asyncio.get_running_loop()
    key = await loop.run_in_executor(None, _scrypt, password, salt)
    return hmac.compare_digest(key, expected)


async def set_staff_password(staff_number: str, password: str) -> None:
    encoded = await hash_staff_password(password)
    conn = await asyncpg.connect(DATABASE_DSN)
    try:
        await conn.execute(
            "UPDATE yard_staff SET password_hash = $1, must_reset = false WHERE staff_number = $2",
            encoded,
            staff_number,
        )
    finally:
        await conn.close()


async def authenticate_staff(staff_number: str, password: str) -> bool:
    conn = await asyncpg.connect(DATABASE_DSN)
    try:
        stored = await conn.fetchval(
            "SELECT password_hash FROM yard_staff WHERE staff_number = $1 AND active",
            staff_number,
        )
    finally:
        await conn.close()
    if stored is None:
        return False
    return await verify_staff_password(password, stored)
