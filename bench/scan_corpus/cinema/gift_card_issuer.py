"""Issue e-gift cards sold through the web shop and the box office."""
import random
import string
from dataclasses import dataclass
from decimal import Decimal

from giftcards.models import GiftCard
from giftcards import notifications

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 16
ALLOWED_VALUES = {Decimal("10"), Decimal("20"), Decimal("25"), Decimal("50"), Decimal("100")}


@dataclass
class IssueRequest:
    value: Decimal
    purchaser_email: str
    recipient_email: str | None = None
    message: str = ""


def _new_code() -> str:
    raw = "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4))


def issue(req: IssueRequest) -> GiftCard:
    if req.value not in ALLOWED_VALUES:
        raise ValueError(f"unsupported gift card value {req.value}")
    code = _new_code()
    while GiftCard.objects.filter(code=code).exists():
        code = _new_code()
    card = GiftCard.objects.create(
        code=code,
        balance=req.value,
        purchaser_email=req.purchaser_email,
        recipient_email=req.recipient_email or req.purchaser_email,
        message=req.message[:280],
    )
    notifications.send_gift_card(card)
    return card
