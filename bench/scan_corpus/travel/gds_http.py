"""HTTP session factory and ticketing-status poller for the GDS gateway.

The gateway uses certificates from the GDS's private CA and requires mutual
TLS, so the CA bundle and our client certificate come from settings.
"""
import random
import time
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class GatewaySettings:
    base_url: str
    ca_bundle: str
    client_cert: str
    client_key: str
    timeout: float = 20.0


def build_session(settings: GatewaySettings) -> requests.Session:
    session = requests.Session()
    session.verify = settings.ca_bundle
    session.cert = (settings.client_cert, settings.client_key)
    retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504), allowed_methods=("GET",))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.headers["Accept"] = "application/json"
    return session


def wait_for_ticketing(session: requests.Session, settings: GatewaySettings, order_id: str,
                       max_wait: float = 120.0) -> dict:
    deadline = time.monotonic() + max_wait
    delay = 1.0
    while True:
        resp = session.get(f"{settings.base_url}/v1/orders/{order_id}/ticketing", timeout=settings.timeout)
        resp.raise_for_status()
        status = resp.json()
        if status["state"] in ("TICKETED", "FAILED"):
            return status
        if time.monotonic() > deadline:
            raise TimeoutError(f"order {order_id} not ticketed after {max_wait}s")
        # spread polls out so a batch of orders doesn't hit the gateway in lockstep
        time.sleep(delay + random.uniform(0, delay / 2))
        delay = min(delay * 2, 15.0)
