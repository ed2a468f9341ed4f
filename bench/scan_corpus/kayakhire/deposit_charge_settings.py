"""Payment provider settings for deposits and late-return charges."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

import stripe


class ProviderProfile(NamedTuple):
    name: str
    secret_key: str
    statement_descriptor: str
    currency: str = "gbp"


@dataclass(frozen=True)
class ChargePolicy:
    deposit_kayak: Decimal = Decimal("50.00")
    deposit_sup: Decimal = Decimal("30.00")
    late_fee_per_hour: Decimal = Decimal("12.50")


PROVIDERS = {
    "stripe": ProviderProfile(
        name="stripe",
        secret_key="sk_live_51NqR7vKx2Ld9WpT4mYb8HcZ0aEfGs3JuQ6rVnB1tXy5oPiKlMw",
        statement_descriptor="RIVERBEND HIRE",
    ),
}


def _minor_units(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


class DepositCharger:
    def __init__(self, provider: str = "stripe", policy: ChargePolicy | None = None) -> None:
        self.profile = PROVIDERS[provider]
        self.policy = policy or ChargePolicy()
        stripe.api_key = self.profile.secret_key

    def hold_deposit(self, customer_id: str, craft: str, booking_ref: str) -> str:
        amount = self.policy.deposit_kayak if craft == "kayak" else self.policy.deposit_sup
        intent = stripe.PaymentIntent.create(
            amount=_minor_units(amount),
            currency=self.profile.currency,
            customer=customer_id,
            capture_method="manual",
            statement_descriptor=self.profile.statement_descriptor,
            metadata={"booking_ref": booking_ref},
        )
        return intent.id

    def charge_late_return(self, customer_id: str, hours_late: int, booking_ref: str) -> str:
        intent = stripe.PaymentIntent.create(
            amount=_minor_units(self.policy.late_fee_per_hour * hours_late),
            currency=self.profile.currency,
            customer=customer_id,
            confirm=True,
            off_session=True,
            metadata={"booking_ref": booking_ref, "reason": "late_return"},
        )
        return intent.id
