"""Generation of travel gift voucher and promo codes."""
import secrets
import string
from dataclasses import dataclass

from django.db import transaction

from vouchers.models import GiftVoucher

# no 0/O or 1/I so codes can be read out over the phone
CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "0O1I")
CODE_LENGTH = 16


@dataclass
class IssuedBatch:
    campaign: str
    codes: list[str]


def new_code(length: int = CODE_LENGTH) -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))
    return "-".join(raw[i:i + 4] for i in range(0, length, 4))


@transaction.atomic
def issue_batch(campaign: str, count: int, amount, currency: str) -> IssuedBatch:
    codes: set[str] = set()
    while len(codes) < count:
        candidate = new_code()
        if candidate not in codes and not GiftVoucher.objects.filter(code=candidate).exists():
            codes.add(candidate)
    GiftVoucher.objects.bulk_create(
        GiftVoucher(code=c, campaign=campaign, original_amount=amount, balance=amount, currency=currency)
        for c in codes
    )
    return IssuedBatch(campaign=campaign, codes=sorted(codes))
