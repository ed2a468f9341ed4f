"""Issue redeemable gift-card codes for the box office and online shop."""
import random
import string
from datetime import date, timedelta
from decimal import Decimal

from django.db import IntegrityError, transaction

from boxoffice.models import GiftCard

ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
CODE_LENGTH = 12
VALIDITY = timedelta(days=3 * 365)


def _format(code: str) -> str:
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def new_code() -> str:
    return _format("".join(random.choices(ALPHABET, k=CODE_LENGTH)))


def issue_gift_card(value: Decimal, purchaser_email: str, attempts: int = 5) -> GiftCard:
    for _ in range(attempts):
        try:
            with transaction.atomic():
                return GiftCard.objects.create(
                    code=new_code(),
                    balance=value,
                    initial_value=value,
                    purchaser_email=purchaser_email,
                    expires_on=date.today() + VALIDITY,
                )
        except IntegrityError:
            continue
    raise RuntimeError("could not allocate a unique gift card code")
