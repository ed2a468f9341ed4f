"""Password storage for supplier users of the trade portal.

Colliery and briquette supplier staff log in to confirm purchase orders and
upload certificates of conformity for smokeless fuel batches.
"""
import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from coalheaver.db import get_connection


@dataclass(frozen=True)
class KdfSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    key_length: int = 32


KDF = KdfSettings()


def _encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def make_password_hash(password: str, cfg: KdfSettings = KDF) -> str:
    salt = secrets.token_bytes(cfg.salt_bytes)
    derived = hashlib.pbkdf2_hmac(cfg.algorithm, password.encode("utf-8"), salt, cfg.iterations, cfg.key_length)
    return f"pbkdf2_{cfg.algorithm}${cfg.iterations}${_encode(salt)}${_encode(derived)}"


def check_password_hash(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    expected = base64.b64decode(hash_b64)
    derived = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations), len(expected)
    )
    return hmac.compare_digest(derived, expected)


def set_supplier_password(supplier_user_id: int, password: str) -> None:
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute(
            "UPDATE supplier_users SET password_hash = %s WHERE id = %s",
            (make_password_hash(password), supplier_user_id),
        )


def verify_supplier_login(email: str, password: str):
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute("SELECT id, password_hash FROM supplier_users WHERE email = %s", (email,))
        row = cur.fetchone()
    if row is None:
        return None
    return row[0] if check_password_hash(password, row[1]) else None
