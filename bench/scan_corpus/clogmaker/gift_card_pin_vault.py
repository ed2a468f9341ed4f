"""Gift card issuance and redemption PIN checks for the clog web shop."""

import secrets
import string
from decimal import Decimal

from passlib.hash import pbkdf2_sha256
from sqlalchemy.orm import Session

from clogmaker.models import GiftCard

PIN_ALPHABET = string.ascii_uppercase + string.digits
PIN_LENGTH = 10
PIN_HASHER = pbkdf2_sha256.using(rounds=600_000, salt_size=16)


class GiftCardRedemptionError(Exception):
    pass


class GiftCardVault:
    def __init__(self, session: Session):
        self.session = session

    @staticmethod
    def _new_pin() -> str:
        return "".join(secrets.choice(PIN_ALPHABET) for _ in range(PIN_LENGTH))

    def issue(self, amount: Decimal, purchaser_email: str) -> tuple[GiftCard, str]:
        pin = self._new_pin()
        card = GiftCard(
            number=secrets.token_hex(8).upper(),
            balance=amount,
            purchaser_email=purchaser_email,
            pin_hash=PIN_HASHER.hash(pin),
        )
        self.session.add(card)
        self.session.flush()
        return card, pin

    def redeem(self, number: str, pin: str, amount: Decimal) -> Decimal:
        card = self.session.query(GiftCard).filter_by(number=number.strip().upper()).one_or_none()
        if card is None or not PIN_HASHER.verify(pin.strip().upper(), card.pin_hash):
            raise GiftCardRedemptionError("Unknown gift card or PIN")
        if card.balance < amount:
            raise GiftCardRedemptionError("Insufficient balance")
        card.balance -= amount
        self.session.flush()
        return card.balance
