"""HTTP client for partner shops that sit behind our private dispatch CA.

Larger partner chains terminate TLS with certificates issued by our own
dispatch CA, so the client trusts that bundle instead of the public roots.
"""
import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


class DispatchSession(requests.Session):
    ca_bundle_env = "DISPATCH_CA_BUNDLE"

    def __init__(self):
        super().__init__()
        self.verify = os.environ.get(self.ca_bundle_env, True)
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504),
                      allowed_methods=frozenset({"GET", "POST"}))
        self.mount("https://", HTTPAdapter(max_retries=retry))
        self.headers["User-Agent"] = "bloomroute-dispatch/1.4"


class DispatchClient:
    def __init__(self, base_url: str, token: str, session: DispatchSession | None = None):
        if not base_url.startswith("https://"):
            raise ValueError("partner endpoints must use https")
        self.base_url = base_url.rstrip("/")
        self.session = session or DispatchSession()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def push(self, order: dict) -> dict:
        resp = self.session.post(f"{self.base_url}/orders", json=order, timeout=10)
        resp.raise_for_status()
        return resp.json()

    def status(self, order_id: str) -> str:
        resp = self.session.get(f"{self.base_url}/orders/{order_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()["status"]
