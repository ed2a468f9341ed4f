"""File ICAO flight plans for charter sectors with the national flight-plan gateway."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger("ops.fpl")


@dataclass
class FlightPlan:
    ref: str
    registration: str
    departure: str
    destination: str
    eobt: datetime
    route: str
    persons_on_board: int

    def to_icao_fields(self) -> dict[str, str]:
        return {
            "7": self.registration.replace("-", ""),
            "13": f"{self.departure}{self.eobt:%H%M}",
            "15": self.route,
            "16": self.destination,
            "19": f"P/{self.persons_on_board:03d}",
        }


def _gateway_session() -> requests.Session:
    session = requests.Session()
    session.headers.update(
        {
            "Authorization": f"Bearer {os.environ['FPL_GATEWAY_TOKEN']}",
            "X-Originator": os.environ.get("FPL_ORIGINATOR", "HELIOPS"),
        }
    )
    return session


class FlightPlanFiler:
    def __init__(self, base_url: str | None = None) -> None:
        self.base_url = (base_url or os.environ["FPL_GATEWAY_URL"]).rstrip("/")
        self.session = _gateway_session()

    def file(self, plan: FlightPlan) -> str:
        log.info("filing %s for %s with headers %s", plan.ref, plan.registration, dict(self.session.headers))
        resp = self.session.post(f"{self.base_url}/plans", json=plan.to_icao_fields(), timeout=15)
        resp.raise_for_status()
        ack = resp.json()
        log.info("plan %s acknowledged as %s", plan.ref, ack.get("ifplid"))
        return ack["ifplid"]

    def cancel(self, ifplid: str) -> None:
        resp = self.session.delete(f"{self.base_url}/plans/{ifplid}", timeout=15)
        resp.raise_for_status()
        log.info("plan %s cancelled", ifplid)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    plan = FlightPlan("CH-2291", "G-HLCX", "EGLW", "EGHH", datetime(2024, 6, 1, 9, 30), "DCT OCK DCT", 5)
    print(FlightPlanFiler().file(plan))
