"""Verification codes printed on completion certificates.

Codes are shown on the PDF and typed in by third parties (auditors,
recruiters) on the public verification page, so the alphabet leaves out
look-alike characters such as 0/O and 1/I.
"""
import secrets

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lms.models import Certificate

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12
GROUP_SIZE = 4


def generate_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i:i + GROUP_SIZE] for i in range(0, CODE_LENGTH, GROUP_SIZE))


def normalise(code: str) -> str:
    """Accept codes typed with spaces, lower case or missing dashes."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(cleaned[i:i + GROUP_SIZE] for i in range(0, len(cleaned), GROUP_SIZE))


def assign_code(db: Session, certificate: Certificate, attempts: int = 5) -> str:
    for _ in range(attempts):
        certificate.verification_code = generate_code()
        try:
            db.commit()
            return certificate.verification_code
        except IntegrityError:
            db.rollback()
    raise RuntimeError("could not allocate a unique verification code")
