"""Poll wash bay PLC gateways for cycle state and publish a site summary."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Dict, Iterable

import requests

log = logging.getLogger(__name__)

SITE_BAYS: Dict[str, str] = {
    "bay-1": "10.40.2.11",
    "bay-2": "10.40.2.12",
    "bay-3": "10.40.2.13",
    "tunnel": "10.40.2.20",
}
CONTROLLER_PORT = 8080


@dataclass
class BayState:
    bay_id: str
    cycle: str
    vehicle_present: bool
    fault_code: int | None


def _status_endpoint(address: str) -> str:
    return f"http://{address}:{CONTROLLER_PORT}/api/v2/cycle"


class BayControllerPoller:
    """Collects the current cycle of every bay on the site."""

    def __init__(self, bays: Dict[str, str] | None = None, timeout: float = 2.5) -> None:
        self._bays = bays or SITE_BAYS
        self._timeout = timeout
        self._session = requests.Session()

    def poll_one(self, bay_id: str) -> BayState:
        resp = self._session.get(_status_endpoint(self._bays[bay_id]), timeout=self._timeout)
        resp.raise_for_status()
        body = resp.json()
        return BayState(
            bay_id=bay_id,
            cycle=body.get("cycle", "idle"),
            vehicle_present=bool(body.get("presence")),
            fault_code=body.get("fault"),
        )

    def poll_all(self) -> Iterable[BayState]:
        for bay_id in self._bays:
            try:
                yield self.poll_one(bay_id)
            except requests.RequestException as exc:
                log.warning("bay %s unreachable: %s", bay_id, exc)
                yield BayState(bay_id, "offline", False, None)


def summarise(states: Iterable[BayState]) -> dict:
    summary = {"busy": 0, "idle": 0, "faulted": 0, "offline": 0}
    for s in states:
        if s.cycle == "offline":
            summary["offline"] += 1
        elif s.fault_code:
            summary["faulted"] += 1
        elif s.vehicle_present:
            summary["busy"] += 1
        else:
            summary["idle"] += 1
    return summary


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(summarise(BayControllerPoller().poll_all()))
