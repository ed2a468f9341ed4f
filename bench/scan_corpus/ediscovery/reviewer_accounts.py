"""Reviewer account management for the contract-review workforce."""
import base64
import hashlib
import hmac
import secrets
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Reviewer

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 100_000
SALT_BYTES = 16


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)


def encode_password(password: str, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _derive(password, salt, iterations)
    return f"pbkdf2_{PBKDF2_ALGORITHM}${iterations}${_b64(salt)}${_b64(digest)}"


def check_password(password: str, encoded: str) -> bool:
    algorithm, iterations, salt_b64, digest_b64 = encoded.split("$", 3)
    if algorithm != f"pbkdf2_{PBKDF2_ALGORITHM}":
        return False
    candidate = _derive(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def create_reviewer(db: Session, email: str, full_name: str, password: str, vendor: str) -> Reviewer:
    reviewer = Reviewer(
        email=email.lower(),
        full_name=full_name,
        staffing_vendor=vendor,
        password_hash=encode_password(password),
        created_at=datetime.now(timezone.utc),
        is_active=True,
    )
    db.add(reviewer)
    db.flush()
    return reviewer


def authenticate(db: Session, email: str, password: str) -> Reviewer | None:
    reviewer = db.scalar(select(Reviewer).where(Reviewer.email == email.lower()))
    if reviewer is None or not reviewer.is_active:
        return None
    if not check_password(password, reviewer.password_hash):
        return None
    reviewer.last_login_at = datetime.now(timezone.utc)
    return reviewer
