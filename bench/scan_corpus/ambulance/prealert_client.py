"""Pre-alert client for receiving hospitals.

Hospital gateways present certificates issued by the regional health
network's private CA, so the session trusts that CA bundle rather than the
public store.
"""
import logging
import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

PREALERT_API = {
    "base_url": os.environ.get("PREALERT_API_URL", ""),
    "timeout": 10,
    "verify": os.environ.get("HEALTH_NETWORK_CA_BUNDLE", "/etc/pki/health-network/ca-bundle.pem"),
}


class PreAlertClient:
    def __init__(self, token: str, config: dict = PREALERT_API):
        self.base_url = config["base_url"].rstrip("/")
        self.timeout = config["timeout"]
        self.session = requests.Session()
        self.session.verify = config["verify"]
        self.session.headers.update({"Authorization": f"Bearer {token}"})
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def send(self, hospital_ods: str, incident_ref: str, pathway: str, eta_minutes: int) -> dict:
        resp = self.session.post(
            f"{self.base_url}/hospitals/{hospital_ods}/prealerts",
            json={"incident_ref": incident_ref, "pathway": pathway, "eta_minutes": eta_minutes},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        log.info("pre-alert %s sent to %s", incident_ref, hospital_ods)
        return resp.json()
