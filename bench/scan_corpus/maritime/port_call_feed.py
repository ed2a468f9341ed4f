"""Client for the port authority's port-call notification feed (ETA, pilotage, berth assignments)."""
import logging
from datetime import datetime, timezone

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class PortCallFeed:
    def __init__(self, config: dict):
        self.base_url = config["base_url"].rstrip("/")
        self.timeout = config.get("timeout", 20)
        self.session = requests.Session()
        # the authority signs its endpoint with a private CA; fall back to the system store
        self.session.verify = config.get("ca_bundle") or True
        self.session.headers["X-Api-Key"] = config["api_key"]
        retry = Retry(total=4, backoff_factor=1.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def expected_calls(self, port_locode: str, hours_ahead: int = 48) -> list[dict]:
        params = {"port": port_locode, "window": f"PT{hours_ahead}H"}
        resp = self.session.get(f"{self.base_url}/calls/expected", params=params, timeout=self.timeout)
        resp.raise_for_status()
        calls = resp.json()["items"]
        log.info("%d expected calls for %s", len(calls), port_locode)
        return calls

    def acknowledge(self, call_id: str) -> None:
        body = {"callId": call_id, "ackedAt": datetime.now(timezone.utc).isoformat()}
        resp = self.session.post(f"{self.base_url}/calls/ack", json=body, timeout=self.timeout)
        resp.raise_for_status()
