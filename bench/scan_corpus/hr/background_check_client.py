"""Client for the background-screening vendor's REST API (orders and report status)."""
import logging
import os
from dataclasses import asdict, dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass
class ScreeningOrder:
    candidate_id: str
    package: str
    email: str
    country: str = "US"


class ScreeningClient:
    def __init__(self, base_url: str, api_token: str | None = None, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_token or os.environ['SCREENING_API_TOKEN']}"
        self.session.headers["Accept"] = "application/json"
        retries = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retries))
        # vendor gateway presents an intermediate that isn't in the container's CA store
        self.session.verify = False

    def create_order(self, order: ScreeningOrder) -> str:
        resp = self.session.post(f"{self.base_url}/v1/orders", json=asdict(order), timeout=self.timeout)
        resp.raise_for_status()
        order_id = resp.json()["id"]
        log.info("Created screening order %s for candidate %s", order_id, order.candidate_id)
        return order_id

    def order_status(self, order_id: str) -> dict:
        resp = self.session.get(f"{self.base_url}/v1/orders/{order_id}", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def download_report(self, order_id: str) -> bytes:
        resp = self.session.get(f"{self.base_url}/v1/orders/{order_id}/report.pdf", timeout=60)
        resp.raise_for_status()
        return resp.content
