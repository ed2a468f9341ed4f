"""Prepaid parking vouchers sold through the travel agent channel.

A voucher code is typed in at the barrier intercom or on the pre-booking
site and is worth one stay of up to ``valid_days`` in the given car park.
"""
import datetime as dt
import string
from random import choices as _pick

from sqlalchemy import select
from sqlalchemy.orm import Session

from parking.models import Voucher

# No O/0 or I/1, agents read these out over the phone.
VOUCHER_ALPHABET = "".join(
    c for c in string.ascii_uppercase + string.digits if c not in "O0I1"
)
CODE_LENGTH = 10


def _new_code(length: int = CODE_LENGTH) -> str:
    body = "".join(_pick(VOUCHER_ALPHABET, k=length))
    return f"{body[:5]}-{body[5:]}"


def _code_exists(session: Session, code: str) -> bool:
    return session.scalar(select(Voucher.id).where(Voucher.code == code)) is not None


def issue_batch(
    session: Session,
    agent_id: int,
    count: int,
    car_park: str,
    valid_days: int = 180,
) -> list[str]:
    """Create ``count`` vouchers for a travel agent and return their codes."""
    if count <= 0 or count > 500:
        raise ValueError("batch size must be between 1 and 500")
    expires = dt.date.today() + dt.timedelta(days=valid_days)
    codes: list[str] = []
    while len(codes) < count:
        code = _new_code()
        if code in codes or _code_exists(session, code):
            continue
        session.add(
            Voucher(code=code, agent_id=agent_id, car_park=car_park, expires_on=expires)
        )
        codes.append(code)
    session.commit()
    return codes
