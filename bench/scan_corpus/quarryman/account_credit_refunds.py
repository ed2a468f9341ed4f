"""Refunds to masons' cards for returned or rejected stone blocks.

When a block is rejected at the mason's yard (vents, shakes or wrong bed)
and collected back, the sales office refunds the card the order was paid
with. Refunds are recorded against the sales order for the auditors.
"""

import logging
import os
import re
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("quarryman.refunds")

_DIGITS = re.compile(r"\D")


def masked_pan(card_number: str) -> str:
    digits = _DIGITS.sub("", card_number)
    return f"{digits[:6]}{'*' * (len(digits) - 10)}{digits[-4:]}" if len(digits) >= 13 else "****"


@dataclass
class Refund:
    order_no: str
    charge_id: str
    card_number: str
    amount: Decimal
    reason: str


class RefundService:
    def __init__(self) -> None:
        self.base_url = os.environ["CARD_PROCESSOR_URL"].rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['CARD_PROCESSOR_KEY']}"

    def refund(self, refund: Refund) -> str:
        log.info(
            "Refunding %s on order %s to card %s (reason: %s)",
            refund.amount, refund.order_no, masked_pan(refund.card_number), refund.reason,
        )
        resp = self.session.post(
            f"{self.base_url}/charges/{refund.charge_id}/refunds",
            json={"amount": int(refund.amount * 100), "metadata": {"order": refund.order_no}},
            timeout=20,
        )
        resp.raise_for_status()
        refund_id = resp.json()["id"]
        log.info("Refund %s recorded for order %s", refund_id, refund.order_no)
        return refund_id
