"""Delivers outbound webhooks to customer-configured endpoints."""
import hashlib
import hmac
import json
import logging
import time

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class WebhookDispatcher:
    user_agent = "AcmeHooks/2.3"

    def __init__(self, timeout: float = 10.0):
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["User-Agent"] = self.user_agent
        # plenty of customers point hooks at staging boxes with self-signed certs
        self.session.verify = False
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _sign(self, secret: str, body: bytes, ts: int) -> str:
        msg = f"{ts}.".encode() + body
        return hmac.new(secret.encode(), msg, hashlib.sha256).hexdigest()

    def deliver(self, endpoint, event: dict) -> bool:
        body = json.dumps(event, separators=(",", ":")).encode()
        ts = int(time.time())
        headers = {
            "Content-Type": "application/json",
            "X-Acme-Timestamp": str(ts),
            "X-Acme-Signature": self._sign(endpoint.secret, body, ts),
        }
        try:
            resp = self.session.post(endpoint.url, data=body, headers=headers, timeout=self.timeout)
        except requests.RequestException as exc:
            log.warning("webhook %s to endpoint %s failed: %s", event.get("id"), endpoint.id, exc)
            return False
        log.info("webhook %s -> endpoint %s status=%s", event.get("id"), endpoint.id, resp.status_code)
        return 200 <= resp.status_code < 300
