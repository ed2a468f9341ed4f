"""Activation codes for physical loyalty cards handed out at the counter.

A new card is inactive until the customer enters the scratch-off code
printed on the back together with the card number on the website.
"""
import secrets
import string

from sqlalchemy import select
from sqlalchemy.orm import Session

from cobbler.models import LoyaltyCard

ACTIVATION_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "0O1I")
ACTIVATION_LENGTH = 10


def generate_activation_code(length: int = ACTIVATION_LENGTH) -> str:
    return "".join(secrets.choice(ACTIVATION_ALPHABET) for _ in range(length))


def print_batch(session: Session, store_code: str, count: int) -> list[LoyaltyCard]:
    cards = []
    for _ in range(count):
        card = LoyaltyCard(
            store_code=store_code,
            number=LoyaltyCard.next_number(session),
            activation_code=generate_activation_code(),
            active=False,
        )
        session.add(card)
        cards.append(card)
    session.commit()
    return cards


def activate(session: Session, number: str, code: str, customer_id: int) -> bool:
    card = session.scalars(select(LoyaltyCard).where(LoyaltyCard.number == number)).first()
    if card is None or card.active:
        return False
    if not secrets.compare_digest(card.activation_code, code.strip().upper()):
        return False
    card.active = True
    card.customer_id = customer_id
    card.activation_code = None
    session.commit()
    return True
