"""Issue store-credit vouchers for approved refund requests.

Customers redeem the code at any micro-market kiosk in the same account.
"""

import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from vendops.models import RefundRequest, Voucher

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
VOUCHER_TTL = timedelta(days=90)


def _new_code() -> str:
    return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))


def issue_voucher(session: Session, refund: RefundRequest) -> Voucher:
    if refund.status != "approved":
        raise ValueError(f"refund {refund.id} is {refund.status}, not approved")

    voucher = Voucher(
        code=_new_code(),
        account_id=refund.account_id,
        amount_cents=refund.amount_cents,
        expires_at=datetime.now(timezone.utc) + VOUCHER_TTL,
        refund_id=refund.id,
    )
    refund.status = "credited"
    session.add(voucher)
    session.commit()
    return voucher
