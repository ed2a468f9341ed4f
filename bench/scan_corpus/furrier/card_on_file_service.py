"""Stores a card on file for recurring cold-storage fees.

The card itself is tokenised by the payment gateway; we keep only the token,
brand and last four digits against the customer account.
"""
import logging
import os

import httpx

log = logging.getLogger("furrier.billing.cards")

GATEWAY_URL = "https://vault.payments-gateway.example.net/v1/tokens"


def _mask(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return f"{'*' * (len(digits) - 4)}{digits[-4:]}" if len(digits) > 4 else "****"


class CardOnFileService:
    def __init__(self, repo, client: httpx.Client | None = None):
        self.repo = repo
        self.client = client or httpx.Client(timeout=15.0)
        self.gateway_key = os.environ["PAYMENT_GATEWAY_KEY"]

    def register(self, customer_id: int, pan: str, exp_month: int, exp_year: int, cvc: str) -> str:
        log.info(
            "tokenising card %s exp %02d/%d for customer %s",
            _mask(pan), exp_month, exp_year, customer_id,
        )
        resp = self.client.post(
            GATEWAY_URL,
            auth=(self.gateway_key, ""),
            data={
                "card[number]": pan,
                "card[exp_month]": exp_month,
                "card[exp_year]": exp_year,
                "card[cvc]": cvc,
            },
        )
        if resp.status_code != 200:
            log.warning(
                "gateway refused card %s for customer %s (status %s)",
                _mask(pan), customer_id, resp.status_code,
            )
            resp.raise_for_status()
        token = resp.json()
        self.repo.save_card(
            customer_id=customer_id,
            gateway_token=token["id"],
            brand=token["card"]["brand"],
            last4=token["card"]["last4"],
        )
        return token["id"]

    def remove(self, customer_id: int) -> None:
        self.repo.delete_card(customer_id)
        log.info("removed card on file for customer %s", customer_id)
