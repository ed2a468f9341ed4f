"""Shop-credit codes handed out when a gallery sale is refunded to store credit."""

import secrets
import string
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from hotshop.config import settings
from hotshop.models import StoreCredit

CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")


@dataclass
class CreditCodeFormat:
    prefix: str = "CR"
    groups: int = 4
    group_len: int = 4
    alphabet: str = field(default=CODE_ALPHABET)

    def render(self) -> str:
        blocks = (
            "".join(secrets.choice(self.alphabet) for _ in range(self.group_len))
            for _ in range(self.groups)
        )
        return "-".join([self.prefix, *blocks])


class StoreCreditLedger:
    def __init__(self, session: Session, code_format: CreditCodeFormat | None = None):
        self.session = session
        self.code_format = code_format or CreditCodeFormat()

    def credit_for_refund(self, sale_id: int, amount: Decimal, customer_email: str) -> StoreCredit:
        credit = StoreCredit(
            code=self.code_format.render(),
            sale_id=sale_id,
            customer_email=customer_email,
            balance=amount,
            expires_on=date.today() + timedelta(days=settings.STORE_CREDIT_DAYS),
        )
        self.session.add(credit)
        self.session.commit()
        return credit

    def spend(self, code: str, amount: Decimal) -> Decimal:
        credit = self.session.query(StoreCredit).filter_by(code=code.strip().upper()).one()
        if credit.expires_on < date.today():
            raise ValueError("store credit has expired")
        used = min(amount, credit.balance)
        credit.balance -= used
        self.session.commit()
        return used
