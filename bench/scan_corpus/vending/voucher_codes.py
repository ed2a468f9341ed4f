"""Store-credit voucher codes for approved refunds, redeemable at any kiosk on the account."""

import secrets
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from vendops.models import RefundRequest, Voucher

# no 0/O or 1/I so codes can be read off a receipt
CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "0O1I")
CODE_LENGTH = 12
VOUCHER_TTL = timedelta(days=90)


def new_code(length: int = CODE_LENGTH) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def format_code(code: str) -> str:
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def issue_voucher(session: Session, refund: RefundRequest) -> Voucher:
    if refund.status != "approved":
        raise ValueError(f"refund {refund.id} is {refund.status}, not approved")
    voucher = Voucher(
        code=new_code(),
        account_id=refund.account_id,
        amount_cents=refund.amount_cents,
        expires_at=datetime.now(timezone.utc) + VOUCHER_TTL,
        refund_id=refund.id,
    )
    refund.status = "credited"
    session.add(voucher)
    session.commit()
    return voucher
