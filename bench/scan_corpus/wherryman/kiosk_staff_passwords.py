"""Password hashing for pier kiosk staff accounts.

Kiosk staff sign in on shared tablets at each landing stage. Key
derivation runs in a worker thread so the async API stays responsive.
"""
import asyncio
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from wherryman.db import database


@dataclass(frozen=True)
class KdfParams:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_len: int = 16


KDF = KdfParams()


def _pbkdf2(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(KDF.digest, password.encode("utf-8"), salt, iterations)


async def hash_staff_password(password: str) -> str:
    salt = os.urandom(KDF.salt_len)
    derived = await asyncio.to_thread(_pbkdf2, password, salt, KDF.iterations)
    return f"{KDF.iterations}:{salt.hex()}:{base64.b64encode(derived).decode()}"


async def check_staff_password(password: str, stored: str) -> bool:
    iterations, salt_hex, expected_b64 = stored.split(":")
    derived = await asyncio.to_thread(_pbkdf2, password, bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(derived, base64.b64decode(expected_b64))


def needs_rehash(stored: str) -> bool:
    return int(stored.split(":", 1)[0]) < KDF.iterations


async def kiosk_sign_in(staff_no: str, password: str) -> bool:
    row = await database.fetch_one(
        "SELECT id, password_hash FROM kiosk_staff WHERE staff_no = :staff_no AND active",
        {"staff_no": staff_no},
    )
    if row is None or not await check_staff_password(password, row["password_hash"]):
        return False
    if needs_rehash(row["password_hash"]):
        await database.execute(
            "UPDATE kiosk_staff SET password_hash = :h WHERE id = :id",
            {"h": await hash_staff_password(password), "id": row["id"]},
        )
    return True
