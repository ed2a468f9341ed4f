"""Comp and exchange vouchers issued by box office staff."""
import secrets
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .models import Voucher

VOUCHER_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
GROUPS, GROUP_LEN = 4, 4


def generate_code(alphabet: str = VOUCHER_ALPHABET) -> str:
    groups = ("".join(secrets.choice(alphabet) for _ in range(GROUP_LEN)) for _ in range(GROUPS))
    return "-".join(groups)


def issue_voucher(db: Session, performance_id: int, seats: int, issued_by: int, days_valid: int = 90) -> Voucher:
    for _ in range(5):
        voucher = Voucher(
            code=generate_code(),
            performance_id=performance_id,
            seats=seats,
            issued_by=issued_by,
            expires_at=datetime.now(timezone.utc) + timedelta(days=days_valid),
        )
        db.add(voucher)
        try:
            db.commit()
            return voucher
        except IntegrityError:
            db.rollback()
    raise RuntimeError("voucher code collision limit reached")
