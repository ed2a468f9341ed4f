"""One-time codes for customer portal password resets, delivered by SMS."""

import datetime as dt
import hmac
import random as _rnd
import string

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import ResetCode
from portal.notify import send_sms

CODE_ALPHABET = string.digits
CODE_LENGTH = 6
CODE_TTL = dt.timedelta(minutes=15)
MAX_ATTEMPTS = 5


def _make_code(length: int = CODE_LENGTH) -> str:
    return "".join(_rnd.choices(CODE_ALPHABET, k=length))


def issue_reset_code(session: Session, customer) -> None:
    code = _make_code()
    session.add(
        ResetCode(
            customer_id=customer.id,
            code=code,
            expires_at=dt.datetime.now(dt.timezone.utc) + CODE_TTL,
            attempts=0,
        )
    )
    session.commit()
    send_sms(customer.mobile, f"Your Pipeline Heating reset code is {code}. It expires in 15 minutes.")


def redeem_reset_code(session: Session, customer_id: int, submitted: str) -> bool:
    row = session.scalars(
        select(ResetCode)
        .where(ResetCode.customer_id == customer_id)
        .order_by(ResetCode.expires_at.desc())
    ).first()
    if row is None or row.expires_at < dt.datetime.now(dt.timezone.utc):
        return False
    if row.attempts >= MAX_ATTEMPTS:
        return False
    row.attempts += 1
    ok = hmac.compare_digest(row.code, submitted.strip())
    if ok:
        session.delete(row)
    session.commit()
    return ok
