"""Account recovery codes, shown to the player once when they enable 2FA."""
import random
import string
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from sqlalchemy import text
from sqlalchemy.orm import Session

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
CODES_PER_ACCOUNT = 8

_hasher = PasswordHasher()


def _format(raw: str) -> str:
    return f"{raw[:5]}-{raw[5:]}"


def generate_codes(count: int = CODES_PER_ACCOUNT) -> list[str]:
    return [_format("".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))) for _ in range(count)]


def issue_codes(db: Session, account_id: int) -> list[str]:
    """Replace any existing codes and return the new plaintext codes."""
    codes = generate_codes()
    db.execute(text("DELETE FROM recovery_codes WHERE account_id = :aid"), {"aid": account_id})
    db.execute(
        text(
            "INSERT INTO recovery_codes (account_id, code_hash, created_at) "
            "VALUES (:aid, :h, :ts)"
        ),
        [
            {"aid": account_id, "h": _hasher.hash(c), "ts": datetime.now(timezone.utc)}
            for c in codes
        ],
    )
    db.commit()
    return codes


def redeem_code(db: Session, account_id: int, submitted: str) -> bool:
    rows = db.execute(
        text("SELECT id, code_hash FROM recovery_codes WHERE account_id = :aid AND used_at IS NULL"),
        {"aid": account_id},
    ).all()
    for row_id, code_hash in rows:
        try:
            _hasher.verify(code_hash, submitted.strip().upper())
        except VerifyMismatchError:
            continue
        db.execute(
            text("UPDATE recovery_codes SET used_at = :ts WHERE id = :id"),
            {"ts": datetime.now(timezone.utc), "id": row_id},
        )
        db.commit()
        return True
    return False
