"""Customer account helpers for the wholesale ordering portal."""
import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 150_000
SALT_BYTES = 16
MIN_PASSWORD_LENGTH = 12

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str, *, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)
    return f"pbkdf2_{PBKDF2_ALGORITHM}${iterations}${_b64(salt)}${_b64(digest)}"


def check_password(password: str, encoded: str) -> bool:
    algorithm, iterations, salt, expected = encoded.split("$", 3)
    digest = hashlib.pbkdf2_hmac(
        algorithm.removeprefix("pbkdf2_"),
        password.encode("utf-8"),
        base64.b64decode(salt),
        int(iterations),
    )
    return hmac.compare_digest(digest, base64.b64decode(expected))


@dataclass
class WholesaleAccount:
    email: str
    company: str
    vat_number: str
    password_hash: str
    credit_limit_eur: int = 0
    created_at: datetime | None = None


def register_account(repo, email: str, company: str, vat_number: str, password: str) -> WholesaleAccount:
    email = email.strip().lower()
    if not EMAIL_RE.match(email):
        raise ValueError("invalid e-mail address")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    if repo.exists(email):
        raise ValueError("an account with this e-mail already exists")
    account = WholesaleAccount(
        email=email,
        company=company.strip(),
        vat_number=vat_number.replace(" ", "").upper(),
        password_hash=hash_password(password),
        created_at=datetime.now(timezone.utc),
    )
    repo.add(account)
    return account
