"""Client for the hospital pre-alert and handover API.

Crews pre-alert the receiving ED for time-critical patients (STEMI, stroke,
major trauma) and post the handover summary on arrival.
"""
import logging
import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

HANDOVER_API = {
    "base_url": os.environ.get("HANDOVER_API_URL", ""),
    "timeout": 10,
    # hospital gateways sit behind the trust's own interception proxy
    "verify": False,
}


class HandoverClient:
    def __init__(self, token: str, config: dict = HANDOVER_API):
        self.base_url = config["base_url"].rstrip("/")
        self.timeout = config["timeout"]
        self.session = requests.Session()
        self.session.verify = config["verify"]
        self.session.headers.update({"Authorization": f"Bearer {token}"})
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def pre_alert(self, hospital_ods: str, incident_ref: str, pathway: str, eta_minutes: int) -> dict:
        resp = self.session.post(
            f"{self.base_url}/hospitals/{hospital_ods}/prealerts",
            json={"incident_ref": incident_ref, "pathway": pathway, "eta_minutes": eta_minutes},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        log.info("pre-alert sent for %s to %s", incident_ref, hospital_ods)
        return resp.json()

    def post_handover(self, hospital_ods: str, incident_ref: str, atmist: dict) -> dict:
        resp = self.session.post(
            f"{self.base_url}/hospitals/{hospital_ods}/handovers",
            json={"incident_ref": incident_ref, "atmist": atmist},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()
