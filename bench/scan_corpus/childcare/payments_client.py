"""Thin client for the direct-debit provider used for monthly fee collection."""
import logging
from dataclasses import dataclass
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass
class PaymentsConfig:
    base_url: str
    access_token: str
    timeout: float = 15.0


class DirectDebitClient:
    def __init__(self, config: PaymentsConfig) -> None:
        self._config = config
        self._session = requests.Session()
        self._session.headers.update({
            "Authorization": f"Bearer {config.access_token}",
            "Accept": "application/json",
        })
        # provider's regional gateway presents an intermediate our image doesn't ship
        self._session.verify = False
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def _url(self, path: str) -> str:
        return f"{self._config.base_url.rstrip('/')}/{path.lstrip('/')}"

    def create_mandate(self, customer_ref: str, account_holder: str) -> dict:
        resp = self._session.post(
            self._url("/mandates"),
            json={"customer_ref": customer_ref, "account_holder": account_holder},
            timeout=self._config.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def collect(self, mandate_id: str, amount: Decimal, invoice_no: str) -> dict:
        resp = self._session.post(
            self._url("/payments"),
            json={
                "mandate": mandate_id,
                "amount_pence": int(amount * 100),
                "reference": invoice_no,
                "currency": "GBP",
            },
            timeout=self._config.timeout,
        )
        resp.raise_for_status()
        payment = resp.json()
        log.info("payment %s created for invoice %s", payment.get("id"), invoice_no)
        return payment
