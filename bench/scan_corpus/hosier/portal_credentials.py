"""Credential storage for retailer logins on the wholesale ordering portal."""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import RetailerLogin

ALGO = "pbkdf2_sha256"


@dataclass(frozen=True)
class KdfPolicy:
    iterations: int = 720_000
    salt_bytes: int = 16


POLICY = KdfPolicy()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def make_password(raw: str, policy: KdfPolicy = POLICY) -> str:
    salt = os.urandom(policy.salt_bytes)
    dk = hashlib.pbkdf2_hmac("sha256", raw.encode("utf-8"), salt, policy.iterations)
    return f"{ALGO}${policy.iterations}${_b64(salt)}${_b64(dk)}"


def check_password(raw: str, stored: str) -> bool:
    try:
        algo, iters, salt_b64, dk_b64 = stored.split("$")
    except ValueError:
        return False
    if algo != ALGO:
        return False
    salt = base64.b64decode(salt_b64)
    dk = hashlib.pbkdf2_hmac("sha256", raw.encode("utf-8"), salt, int(iters))
    return hmac.compare_digest(_b64(dk), dk_b64)


def needs_upgrade(stored: str, policy: KdfPolicy = POLICY) -> bool:
    parts = stored.split("$")
    return len(parts) != 4 or int(parts[1]) < policy.iterations


def login(session: Session, retailer_code: str, raw: str):
    row = session.scalars(
        select(RetailerLogin).where(RetailerLogin.retailer_code == retailer_code)
    ).first()
    if row is None or not check_password(raw, row.password):
        return None
    if needs_upgrade(row.password):
        row.password = make_password(raw)
        session.commit()
    return row
