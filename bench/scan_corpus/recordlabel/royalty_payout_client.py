"""Sends approved royalty payouts to the payments provider.

After the royalty desk approves a statement run, each artist's balance above
the payout threshold is sent as a transfer.
"""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("royalties.payouts")


@dataclass(frozen=True)
class Payee:
    artist_id: int
    name: str
    payout_account: str
    currency: str


class PayoutClient:
    def __init__(self) -> None:
        self.base_url = os.environ["PAYMENTS_API_URL"].rstrip("/")
        self._api_key = os.environ["PAYMENTS_API_KEY"]
        self.http = requests.Session()
        self.http.headers.update({"Authorization": f"Bearer {self._api_key}"})

    def send(self, payee: Payee, amount: Decimal, statement_run: str) -> str:
        idempotency_key = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{statement_run}/{payee.artist_id}"))
        resp = self.http.post(
            f"{self.base_url}/v1/transfers",
            json={
                "destination": payee.payout_account,
                "amount": str(amount.quantize(Decimal("0.01"))),
                "currency": payee.currency,
                "reference": f"Royalties {statement_run}",
            },
            headers={"Idempotency-Key": idempotency_key},
            timeout=30,
        )
        if resp.status_code >= 400:
            log.error(
                "payout to %s (artist %s) for %s failed with HTTP %s",
                payee.name, payee.artist_id, statement_run, resp.status_code,
            )
            resp.raise_for_status()
        transfer_id = resp.json()["id"]
        log.info(
            "paid %s %s to %s (artist %s), transfer %s",
            amount, payee.currency, payee.name, payee.artist_id, transfer_id,
        )
        return transfer_id


def pay_run(client: PayoutClient, balances: list[tuple[Payee, Decimal]], run: str,
            threshold: Decimal = Decimal("25.00")) -> dict[int, str]:
    done: dict[int, str] = {}
    for payee, balance in balances:
        if balance < threshold:
            log.info("carrying forward %s for artist %s (below threshold)", balance, payee.artist_id)
            continue
        done[payee.artist_id] = client.send(payee, balance, run)
    return done
