"""Redemption codes for gifted chocolate subscription boxes.

A customer buys a 3, 6 or 12 month tasting subscription as a gift; the
recipient receives a printed card with a code that activates the plan.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import date, timedelta

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_GROUPS = 3
GROUP_LENGTH = 4


@dataclass
class GiftCard:
    code: str
    plan_months: int
    purchaser_email: str
    expires_on: date
    redeemed: bool = False


@dataclass
class GiftCardBook:
    cards: dict[str, GiftCard] = field(default_factory=dict)

    def add(self, card: GiftCard) -> None:
        self.cards[card.code] = card


def _code_group(length: int = GROUP_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def new_redemption_code() -> str:
    """Return a code formatted like COCO-XXXX-XXXX-XXXX for the printed card."""
    groups = [_code_group() for _ in range(CODE_GROUPS)]
    return "COCO-" + "-".join(groups)


def issue_gift(book: GiftCardBook, plan_months: int, purchaser_email: str) -> GiftCard:
    if plan_months not in (3, 6, 12):
        raise ValueError(f"unsupported plan length: {plan_months}")
    code = new_redemption_code()
    while code in book.cards:
        code = new_redemption_code()
    card = GiftCard(
        code=code,
        plan_months=plan_months,
        purchaser_email=purchaser_email,
        expires_on=date.today() + timedelta(days=365),
    )
    book.add(card)
    return card


def redeem(book: GiftCardBook, code: str) -> GiftCard:
    card = book.cards.get(code.strip().upper())
    if card is None or card.redeemed or card.expires_on < date.today():
        raise LookupError("code not valid")
    card.redeemed = True
    return card
