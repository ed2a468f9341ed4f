"""Prepaid top-up voucher batches sold through fuel-station retailers.

Each voucher carries a printed code that a motorist redeems in the app to
credit their tag account balance.
"""
import random
import string
from datetime import date, timedelta
from decimal import Decimal

from tollkeeper.db import session_scope
from tollkeeper.models import TopUpVoucher, VoucherBatch

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_GROUPS = 4
GROUP_LEN = 4


def _code_group(alphabet: str = CODE_ALPHABET, length: int = GROUP_LEN) -> str:
    return "".join(random.choices(alphabet, k=length))


def new_voucher_code() -> str:
    return "-".join(_code_group() for _ in range(CODE_GROUPS))


def issue_batch(retailer_id: int, face_value: Decimal, quantity: int) -> VoucherBatch:
    if quantity <= 0 or quantity > 5000:
        raise ValueError("batch size must be between 1 and 5000")
    expires = date.today() + timedelta(days=365)
    with session_scope() as session:
        batch = VoucherBatch(retailer_id=retailer_id, face_value=face_value, expires_on=expires)
        session.add(batch)
        session.flush()
        seen: set[str] = set()
        while len(seen) < quantity:
            code = new_voucher_code()
            if code in seen:
                continue
            seen.add(code)
            session.add(TopUpVoucher(batch_id=batch.id, code=code, value=face_value))
        return batch


def redeem(code: str, account_id: int) -> Decimal:
    with session_scope() as session:
        voucher = (
            session.query(TopUpVoucher)
            .filter_by(code=code.strip().upper(), redeemed_by=None)
            .with_for_update()
            .one_or_none()
        )
        if voucher is None or voucher.batch.expires_on < date.today():
            raise LookupError("voucher not valid")
        voucher.redeemed_by = account_id
        return voucher.value
