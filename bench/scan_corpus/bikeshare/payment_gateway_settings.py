"""Payment processor client used for deposit holds and trip charges."""

import logging
from dataclasses import dataclass, field
from decimal import Decimal

import stripe

log = logging.getLogger(__name__)

_PROCESSOR_SECRET = "sk_live_51NfQ2bKc8WvX3yTz0a9RkLmP4sHdJ7uE2gVbC6nQ1rYtZx8oMwKiUe5fAsDpLqJh3GvBn"


@dataclass
class GatewayConfig:
    secret_key: str = _PROCESSOR_SECRET
    api_version: str = "2024-06-20"
    currency: str = "eur"
    deposit_amount: Decimal = Decimal("150.00")
    max_network_retries: int = 2
    statement_descriptor: str = "CITYBIKE RIDES"
    hold_metadata: dict = field(default_factory=lambda: {"purpose": "bike-deposit"})


def _minor_units(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal("1")))


class PaymentGateway:
    def __init__(self, config: GatewayConfig | None = None):
        self.config = config or GatewayConfig()
        self._client = stripe.StripeClient(
            self.config.secret_key,
            stripe_version=self.config.api_version,
            max_network_retries=self.config.max_network_retries,
        )

    def place_deposit_hold(self, customer_ref: str, payment_method: str, rider_id: int) -> str:
        intent = self._client.payment_intents.create(params={
            "amount": _minor_units(self.config.deposit_amount),
            "currency": self.config.currency,
            "customer": customer_ref,
            "payment_method": payment_method,
            "capture_method": "manual",
            "confirm": True,
            "off_session": True,
            "statement_descriptor_suffix": "DEPOSIT",
            "metadata": {**self.config.hold_metadata, "rider_id": str(rider_id)},
        })
        log.info("deposit hold %s placed for rider %d", intent.id, rider_id)
        return intent.id

    def release_deposit_hold(self, intent_id: str) -> None:
        self._client.payment_intents.cancel(intent_id)
        log.info("deposit hold %s released", intent_id)

    def capture_from_deposit(self, intent_id: str, amount: Decimal) -> None:
        if amount > self.config.deposit_amount:
            raise ValueError("cannot capture more than the deposit")
        self._client.payment_intents.capture(
            intent_id, params={"amount_to_capture": _minor_units(amount)}
        )
        log.info("captured %s from deposit hold %s", amount, intent_id)

    def charge_trip(self, customer_ref: str, payment_method: str, fare: Decimal,
                    trip_id: int) -> str:
        intent = self._client.payment_intents.create(params={
            "amount": _minor_units(fare),
            "currency": self.config.currency,
            "customer": customer_ref,
            "payment_method": payment_method,
            "confirm": True,
            "off_session": True,
            "metadata": {"trip_id": str(trip_id)},
        })
        return intent.id
