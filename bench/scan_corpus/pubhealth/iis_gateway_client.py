"""Client for the immunisation information system gateway (internal CA)."""
import os
from typing import Any, Dict

import requests

CA_BUNDLE = os.environ.get("IIS_CA_BUNDLE", "/etc/ssl/certs/state-health-ca.pem")


class IISGateway:
    def __init__(self, base_url: str, token: str, ca_bundle: str = CA_BUNDLE) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.verify = ca_bundle
        self.session.headers["Authorization"] = f"Bearer {token}"

    def forecast(self, patient_id: str) -> Dict[str, Any]:
        r = self.session.get(f"{self.base_url}/forecast/{patient_id}", timeout=15)
        r.raise_for_status()
        return r.json()

    def history(self, patient_id: str) -> Dict[str, Any]:
        r = self.session.get(f"{self.base_url}/history/{patient_id}", timeout=15)
        r.raise_for_status()
        return r.json()
