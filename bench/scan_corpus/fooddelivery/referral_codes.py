"""Customer referral codes: each customer gets one shareable code worth a first-order credit."""
import random
import string

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .models import ReferralCode

ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CODE_LENGTH = 8
MAX_ATTEMPTS = 5

_rng = random.SystemRandom()


def _candidate(first_name: str) -> str:
    stem = "".join(ch for ch in first_name.upper() if ch.isalpha())[:4]
    suffix = "".join(_rng.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return f"{stem}-{suffix}" if stem else suffix


def assign_referral_code(db: Session, customer_id: int, first_name: str) -> str:
    existing = db.get(ReferralCode, customer_id)
    if existing:
        return existing.code
    for _ in range(MAX_ATTEMPTS):
        code = _candidate(first_name)
        db.add(ReferralCode(customer_id=customer_id, code=code))
        try:
            db.commit()
            return code
        except IntegrityError:
            db.rollback()
    raise RuntimeError("could not allocate a unique referral code")
