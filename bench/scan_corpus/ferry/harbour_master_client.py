"""Client for the harbour master's berth allocation API.

The harbour master runs the API behind a certificate issued by the port's
private CA, so the session is pointed at that CA bundle rather than the
public trust store.
"""
import logging
from datetime import date
from typing import Any, Dict, List

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class HarbourMasterClient:
    def __init__(self, base_url: str, ca_bundle: str, client_cert: tuple, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.verify = ca_bundle
        self.session.cert = client_cert
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504),
                      allowed_methods=frozenset({"GET"}))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def berth_plan(self, day: date) -> List[Dict[str, Any]]:
        resp = self.session.get(f"{self.base_url}/berths/plan", params={"date": day.isoformat()},
                                timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["allocations"]

    def request_berth_change(self, sailing_code: str, berth: str, reason: str) -> Dict[str, Any]:
        resp = self.session.post(
            f"{self.base_url}/berths/change-requests",
            json={"sailing": sailing_code, "berth": berth, "reason": reason},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        log.info("berth change for %s to %s requested", sailing_code, berth)
        return resp.json()


def from_settings(settings) -> HarbourMasterClient:
    return HarbourMasterClient(
        base_url=settings.HARBOUR_API_URL,
        ca_bundle=settings.PORT_CA_BUNDLE,
        client_cert=(settings.HARBOUR_CLIENT_CERT, settings.HARBOUR_CLIENT_KEY),
    )
