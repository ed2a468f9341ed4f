"""HTTP client for the payroll provider used for artist payouts."""
import logging
from decimal import Decimal
from typing import Iterable

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class PayoutClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {api_key}",
                "User-Agent": "inkhouse-payouts/2.3",
            }
        )
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _post(self, path: str, body: dict) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("POST %s headers=%s", url, dict(self.session.headers))
        resp = self.session.post(url, json=body, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def create_payout(self, artist_account: str, amount: Decimal, memo: str) -> str:
        data = self._post(
            "/payouts",
            {"destination": artist_account, "amount": str(amount), "currency": "GBP", "memo": memo},
        )
        return data["id"]

    def create_many(self, rows: Iterable[tuple[str, Decimal, str]]) -> list[str]:
        return [self.create_payout(acct, amount, memo) for acct, amount, memo in rows]
