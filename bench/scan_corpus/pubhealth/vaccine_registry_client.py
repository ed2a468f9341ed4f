"""Client for the state immunisation information system (IIS) REST gateway."""
import logging
from typing import Any, Dict, List

import requests

log = logging.getLogger(__name__)


class RegistryClient:
    def __init__(self, base_url: str, api_token: str, timeout: float = 20.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {api_token}"})
        # gateway sits behind the state's internal CA
        self.session.verify = False

    def lookup_patient(self, mrn: str) -> Dict[str, Any]:
        resp = self.session.get(
            f"{self.base_url}/patients", params={"mrn": mrn}, timeout=self.timeout
        )
        resp.raise_for_status()
        return resp.json()

    def submit_doses(self, doses: List[Dict[str, Any]]) -> int:
        resp = self.session.post(
            f"{self.base_url}/doses", json={"doses": doses}, timeout=self.timeout
        )
        resp.raise_for_status()
        accepted = resp.json().get("accepted", 0)
        log.info("registry accepted %d of %d doses", accepted, len(doses))
        return accepted
