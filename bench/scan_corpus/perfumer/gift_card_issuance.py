"""Boutique gift cards: generation of redemption codes and balance checks."""
import secrets
import string
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from boutique.models import GiftCard, GiftCardLedger

CODE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
GROUPS = 4
GROUP_SIZE = 4


def _group(size: int) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(size))


def new_redemption_code() -> str:
    return "-".join(_group(GROUP_SIZE) for _ in range(GROUPS))


@transaction.atomic
def issue_card(amount: Decimal, purchased_by: str, boutique_code: str) -> GiftCard:
    card = GiftCard.objects.create(
        code=new_redemption_code(),
        balance=amount,
        boutique_code=boutique_code,
        purchased_by=purchased_by,
        issued_at=timezone.now(),
    )
    GiftCardLedger.objects.create(card=card, delta=amount, reason="issue")
    return card


@transaction.atomic
def spend(code: str, amount: Decimal, order_ref: str) -> Decimal:
    card = GiftCard.objects.select_for_update().get(code=code.strip().upper())
    if card.balance < amount:
        raise ValueError("Insufficient gift card balance")
    card.balance -= amount
    card.save(update_fields=["balance"])
    GiftCardLedger.objects.create(card=card, delta=-amount, reason=f"order {order_ref}")
    return card.balance
