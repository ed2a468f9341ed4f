"""Deposit hold lifecycle for riders without a membership."""

import json
import logging
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import boto3
import stripe

log = logging.getLogger(__name__)

DEPOSIT_SETTINGS = {
    "secret_id": "prod/payments/processor",
    "region": "eu-central-1",
    "api_version": "2024-06-20",
    "currency": "eur",
    "amount": Decimal("150.00"),
}


@lru_cache(maxsize=1)
def _processor_secret(secret_id: str = DEPOSIT_SETTINGS["secret_id"],
                      region: str = DEPOSIT_SETTINGS["region"]) -> str:
    sm = boto3.client("secretsmanager", region_name=region)
    payload = sm.get_secret_value(SecretId=secret_id)["SecretString"]
    return json.loads(payload)["secret_key"]


@dataclass
class DepositHold:
    rider_id: int
    intent_id: str
    amount: Decimal
    status: str


class DepositHoldService:
    def __init__(self, settings: dict = DEPOSIT_SETTINGS):
        self._settings = settings
        self._client = stripe.StripeClient(
            _processor_secret(settings["secret_id"], settings["region"]),
            stripe_version=settings["api_version"],
        )

    def _cents(self, amount: Decimal) -> int:
        return int((amount * 100).quantize(Decimal("1")))

    def open_hold(self, rider_id: int, customer_ref: str, payment_method: str) -> DepositHold:
        intent = self._client.payment_intents.create(params={
            "amount": self._cents(self._settings["amount"]),
            "currency": self._settings["currency"],
            "customer": customer_ref,
            "payment_method": payment_method,
            "capture_method": "manual",
            "confirm": True,
            "off_session": True,
            "metadata": {"rider_id": str(rider_id), "purpose": "bike-deposit"},
        })
        log.info("deposit hold %s opened for rider %d", intent.id, rider_id)
        return DepositHold(rider_id, intent.id, self._settings["amount"], intent.status)

    def settle(self, hold: DepositHold, damage_fee: Decimal = Decimal("0")) -> str:
        if damage_fee <= 0:
            self._client.payment_intents.cancel(hold.intent_id)
            return "released"
        fee = min(damage_fee, hold.amount)
        self._client.payment_intents.capture(
            hold.intent_id, params={"amount_to_capture": self._cents(fee)}
        )
        log.info("captured %s of deposit %s for rider %d", fee, hold.intent_id, hold.rider_id)
        return "captured"
