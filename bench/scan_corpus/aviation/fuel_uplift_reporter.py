"""Pushes fuel uplift figures from the EFB to the fuel management system."""
import logging
import os
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

FMS_ENDPOINT = "https://172.20.14.61:8443/api/v2/uplifts"
TIMEOUT_S = 8


@dataclass
class Uplift:
    flight_no: str
    tail: str
    station: str
    litres: float
    density_kg_l: float
    supplier_ticket: str

    @property
    def kilograms(self) -> float:
        return round(self.litres * self.density_kg_l, 1)


class UpliftReporter:
    def __init__(self, api_token: str | None = None, endpoint: str = FMS_ENDPOINT):
        self.endpoint = endpoint
        self.session = requests.Session()
        token = api_token or os.environ["FUEL_MGMT_TOKEN"]
        self.session.headers["Authorization"] = f"Bearer {token}"

    def report(self, uplift: Uplift) -> str:
        payload = asdict(uplift) | {
            "kg": uplift.kilograms,
            "reported_at": datetime.now(timezone.utc).isoformat(),
        }
        resp = self.session.post(self.endpoint, json=payload, timeout=TIMEOUT_S)
        resp.raise_for_status()
        ref = resp.json()["reference"]
        log.info("uplift for %s/%s recorded as %s", uplift.flight_no, uplift.tail, ref)
        return ref
