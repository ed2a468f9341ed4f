"""Pushes completed appraisals to the valuation registry used by our insurers."""
import logging
from dataclasses import dataclass, field
from datetime import date

import requests

log = logging.getLogger(__name__)

REGISTRY_URL = "https://api.valuationregistry.example/v1"
REGISTRY_API_KEY = "vr_live_8Qm2Tz7Kc4Xw9Lp1Hn6Bd3Rf5Yj0Gs"


@dataclass
class Appraisal:
    certificate_no: str
    customer_ref: str
    description: str
    metal: str
    gemstones: list = field(default_factory=list)
    replacement_value_pence: int = 0
    appraised_on: date = field(default_factory=date.today)

    def as_payload(self) -> dict:
        return {
            "certificate": self.certificate_no,
            "customer": self.customer_ref,
            "description": self.description,
            "metal": self.metal,
            "stones": self.gemstones,
            "value_gbp": round(self.replacement_value_pence / 100, 2),
            "date": self.appraised_on.isoformat(),
        }


class RegistryClient:
    def __init__(self, base_url: str = REGISTRY_URL, api_key: str = REGISTRY_API_KEY):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = api_key

    def export(self, appraisal: Appraisal) -> str:
        resp = self.session.post(f"{self.base_url}/appraisals", json=appraisal.as_payload(), timeout=20)
        resp.raise_for_status()
        registry_id = resp.json()["id"]
        log.info("appraisal %s registered as %s", appraisal.certificate_no, registry_id)
        return registry_id

    def export_many(self, appraisals) -> dict:
        results = {}
        for appraisal in appraisals:
            try:
                results[appraisal.certificate_no] = self.export(appraisal)
            except requests.HTTPError as err:
                log.error("registry refused %s: %s", appraisal.certificate_no, err.response.status_code)
        return results
