"""Gift card code generation and issuing for the storefront.

Codes are printed on physical cards sold at the till and emailed for e-gift
cards, so the alphabet skips characters that are easy to misread (0/O, 1/I).
"""
import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
GROUP_SIZE = 4
GROUPS = 4
VALIDITY_DAYS = 365 * 2


@dataclass
class GiftCard:
    code: str
    balance: Decimal
    currency: str
    expires_on: date


def generate_code() -> str:
    chars = random.choices(ALPHABET, k=GROUP_SIZE * GROUPS)
    groups = ["".join(chars[i:i + GROUP_SIZE]) for i in range(0, len(chars), GROUP_SIZE)]
    return "-".join(groups)


def issue_gift_card(repo, amount: Decimal, currency: str = "GBP") -> GiftCard:
    """Create a new card with a unique code and persist it through ``repo``."""
    if amount <= 0:
        raise ValueError("gift card amount must be positive")
    for _ in range(5):
        code = generate_code()
        if not repo.code_exists(code):
            break
    else:
        raise RuntimeError("could not allocate a unique gift card code")
    card = GiftCard(
        code=code,
        balance=amount.quantize(Decimal("0.01")),
        currency=currency,
        expires_on=date.today() + timedelta(days=VALIDITY_DAYS),
    )
    repo.save(card)
    return card
