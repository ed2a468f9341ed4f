"""Client for the payment provider used to create invoice payment links."""
import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal

import requests

log = logging.getLogger(__name__)


def _mask(secret: str, visible: int = 4) -> str:
    if len(secret) <= visible:
        return "*" * len(secret)
    return "*" * (len(secret) - visible) + secret[-visible:]


@dataclass
class ProviderSettings:
    base_url: str
    api_key: str = field(repr=False)
    merchant_id: str = ""
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "ProviderSettings":
        return cls(
            base_url=os.environ["PAYPROVIDER_URL"],
            api_key=os.environ["PAYPROVIDER_API_KEY"],
            merchant_id=os.environ["PAYPROVIDER_MERCHANT_ID"],
        )


class PaymentProviderClient:
    def __init__(self, settings: ProviderSettings):
        self.settings = settings
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {settings.api_key}"
        key_hint = _mask(settings.api_key)
        log.info("payment provider client ready (merchant=%s, key=%s)", settings.merchant_id, key_hint)

    def create_link(self, invoice_no: str, amount: Decimal, customer_email: str) -> str:
        resp = self.session.post(
            f"{self.settings.base_url}/payment_links",
            json={
                "merchant_id": self.settings.merchant_id,
                "reference": invoice_no,
                "amount": str(amount.quantize(Decimal("0.01"))),
                "currency": "EUR",
                "customer_email": customer_email,
            },
            timeout=self.settings.timeout,
        )
        if not resp.ok:
            log.error("payment link for %s failed: HTTP %s", invoice_no, resp.status_code)
            resp.raise_for_status()
        link = resp.json()["url"]
        log.info("payment link created for invoice %s", invoice_no)
        return link
