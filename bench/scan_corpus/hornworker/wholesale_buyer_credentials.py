"""Credential records for museum-shop wholesale buyers.

Buyers sign into the trade portal to place standing orders for combs,
drinking horns and antler knife scales.
"""
import base64
import hashlib
import secrets
from dataclasses import dataclass

import psycopg

from hornworker.config import DATABASE_URL


@dataclass(frozen=True)
class KdfSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    key_length: int = 32


KDF = KdfSettings()


def derive(password: str, salt: bytes, kdf: KdfSettings = KDF) -> bytes:
    return hashlib.pbkdf2_hmac(
        kdf.algorithm, password.encode("utf-8"), salt, kdf.iterations, kdf.key_length
    )


def encode_record(password: str) -> str:
    salt = secrets.token_bytes(KDF.salt_bytes)
    key = derive(password, salt)
    return "pbkdf2${}${}${}".format(
        KDF.iterations,
        base64.b64encode(salt).decode(),
        base64.b64encode(key).decode(),
    )


def verify_record(password: str, record: str) -> bool:
    _, iterations, salt_b64, key_b64 = record.split("$")
    settings = KdfSettings(iterations=int(iterations))
    key = derive(password, base64.b64decode(salt_b64), settings)
    return secrets.compare_digest(key, base64.b64decode(key_b64))


def set_buyer_password(buyer_id: int, password: str) -> None:
    with psycopg.connect(DATABASE_URL) as conn:
        conn.execute(
            "UPDATE wholesale_buyers SET password_record = %s WHERE id = %s",
            (encode_record(password), buyer_id),
        )
