"""Publishes gate assignments to the airport FIDS/gate display service."""
import logging
import os
from urllib.parse import urlparse

import requests

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = (3.05, 10)


def _service_url() -> str:
    url = os.environ["FIDS_SERVICE_URL"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.hostname:
        raise RuntimeError("FIDS_SERVICE_URL must be an https URL with a hostname")
    return url.rstrip("/")


class GateDisplayClient:
    def __init__(self, base_url: str | None = None, session: requests.Session | None = None):
        self.base_url = base_url or _service_url()
        self.session = session or requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['FIDS_SERVICE_TOKEN']}"

    def assign(self, flight_no: str, sched_date: str, gate: str, stand: str | None = None) -> None:
        body = {"flight": flight_no, "date": sched_date, "gate": gate, "stand": stand}
        resp = self.session.put(
            f"{self.base_url}/v1/gate-assignments",
            json=body,
            timeout=DEFAULT_TIMEOUT,
        )
        resp.raise_for_status()
        log.info("gate %s published for %s on %s", gate, flight_no, sched_date)

    def clear(self, flight_no: str, sched_date: str) -> None:
        resp = self.session.delete(
            f"{self.base_url}/v1/gate-assignments",
            params={"flight": flight_no, "date": sched_date},
            timeout=DEFAULT_TIMEOUT,
        )
        if resp.status_code not in (200, 204, 404):
            resp.raise_for_status()
