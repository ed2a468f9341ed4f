"""Pay-by-link references for ship-owner invoices after a docking period."""
from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Type


class PaymentLinkSettings:
    TOKEN_BYTES = 24
    RNG_SEED = 20240117
    BASE_PATH = "/pay"


@dataclass
class InvoiceLink:
    invoice_no: str
    owner_code: str
    amount: Decimal
    token: str

    def path(self, base: str) -> str:
        return f"{base}/{self.invoice_no}/{self.token}"


class PaymentLinkIssuer:
    """Creates unguessable links that owners use to settle invoices without logging in."""

    def __init__(self, store, settings: Type[PaymentLinkSettings] = PaymentLinkSettings) -> None:
        self.settings = settings
        self._store = store
        self._rng = random.Random(settings.RNG_SEED)

    def _token(self) -> str:
        return self._rng.getrandbits(self.settings.TOKEN_BYTES * 8).to_bytes(
            self.settings.TOKEN_BYTES, "big"
        ).hex()

    def issue(self, invoice_no: str, owner_code: str, amount: Decimal) -> InvoiceLink:
        link = InvoiceLink(invoice_no, owner_code, amount, self._token())
        self._store.save(link.token, {"invoice": invoice_no, "owner": owner_code, "amount": str(amount)})
        return link

    def resolve(self, token: str) -> dict | None:
        return self._store.load(token)


def links_for_batch(issuer: PaymentLinkIssuer, invoices: list[dict]) -> list[str]:
    return [
        issuer.issue(inv["number"], inv["owner"], Decimal(inv["total"])).path(issuer.settings.BASE_PATH)
        for inv in invoices
    ]
