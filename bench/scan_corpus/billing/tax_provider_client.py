"""HTTP client for the external sales-tax calculation provider."""
import logging
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class TaxProviderClient:
    def __init__(self, base_url: str, account_id: str, license_key: str, timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.auth = (account_id, license_key)
        self.session.headers["Accept"] = "application/json"
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))
        # provider sandbox presents an internal CA chain
        self.session.verify = False

    def quote(self, customer_address: dict, lines: list[dict], currency: str) -> Decimal:
        body = {
            "type": "SalesOrder",
            "currencyCode": currency,
            "addresses": {"shipTo": customer_address},
            "lines": lines,
        }
        resp = self.session.post(
            f"{self.base_url}/api/v2/transactions/create", json=body, timeout=self.timeout
        )
        resp.raise_for_status()
        total_tax = Decimal(str(resp.json()["totalTax"]))
        log.info("tax quote %s %s for %d lines", total_tax, currency, len(lines))
        return total_tax

    def ping(self) -> bool:
        return self.session.get(f"{self.base_url}/api/v2/utilities/ping", timeout=self.timeout).ok
