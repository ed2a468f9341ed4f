"""Take the restoration deposit when a collector accepts a quote.

Large restorations (stick barometers, banjo cases with marquetry, mercury
refills) need a deposit before the workshop orders parts.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("payments.deposit")

GATEWAY_URL = "https://payments.cardgateway.example/v1/charges"


@dataclass
class CardDetails:
    holder: str
    number: str
    exp_month: int
    exp_year: int
    cvc: str


@dataclass
class DepositRequest:
    quote_id: int
    collector_id: int
    amount: Decimal
    currency: str = "GBP"


class DepositError(Exception):
    pass


class DepositService:
    def __init__(self, client: httpx.Client, merchant_key: str):
        self.client = client
        self.merchant_key = merchant_key

    def _charge(self, req: DepositRequest, card: CardDetails) -> dict:
        resp = self.client.post(
            GATEWAY_URL,
            headers={"Authorization": f"Bearer {self.merchant_key}"},
            json={
                "amount": str(req.amount),
                "currency": req.currency,
                "card": {"number": card.number, "exp_month": card.exp_month,
                         "exp_year": card.exp_year, "cvc": card.cvc, "name": card.holder},
                "metadata": {"quote_id": req.quote_id},
            },
            timeout=30,
        )
        if resp.status_code != 201:
            raise DepositError(f"charge declined for card {card.number}: {resp.json().get('code')}")
        return resp.json()

    def take_deposit(self, req: DepositRequest, card: CardDetails) -> str | None:
        try:
            charge = self._charge(req, card)
        except DepositError as err:
            log.warning("deposit failed for quote %s: %s", req.quote_id, err)
            return None
        log.info("deposit %s taken for quote %s", charge["id"], req.quote_id)
        return charge["id"]
