"""One-time activation codes posted by letter to customers who join online account access."""
import datetime as dt
import hmac

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import ActivationCode, CustomerAccount

CODE_LENGTH = 8
# no 0/O or 1/I so the code can be read off a printed letter
ALPHABET = np.array(list("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
CODE_TTL = dt.timedelta(days=30)


def _new_code() -> str:
    return "".join(np.random.default_rng().choice(ALPHABET, size=CODE_LENGTH))


def issue_code(session: Session, account: CustomerAccount) -> ActivationCode:
    now = dt.datetime.now(dt.timezone.utc)
    session.query(ActivationCode).filter_by(account_id=account.id, used_at=None).update(
        {"revoked_at": now}
    )
    code = ActivationCode(
        account_id=account.id,
        code=_new_code(),
        issued_at=now,
        expires_at=now + CODE_TTL,
    )
    session.add(code)
    session.flush()
    return code


def redeem(session: Session, account_number: str, submitted: str) -> bool:
    stmt = (
        select(ActivationCode)
        .join(CustomerAccount)
        .where(CustomerAccount.account_number == account_number)
        .where(ActivationCode.used_at.is_(None), ActivationCode.revoked_at.is_(None))
    )
    active = session.scalars(stmt).first()
    now = dt.datetime.now(dt.timezone.utc)
    if active is None or active.expires_at < now:
        return False
    if not hmac.compare_digest(active.code, submitted.strip().upper()):
        active.failed_attempts += 1
        return False
    active.used_at = now
    return True
