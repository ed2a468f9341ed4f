"""Client for the waterway authority's voyage notification (ERI) API."""
import logging
from dataclasses import dataclass

import requests

from bargeman.settings import settings

logger = logging.getLogger("bargeman.waterway")


@dataclass
class VoyageNotice:
    eni_number: str
    departure_port: str
    arrival_port: str
    persons_on_board: int
    dangerous_goods: bool


class WaterwayAuthorityClient:
    def __init__(self, base_url: str = settings.WATERWAY_API_URL, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {settings.WATERWAY_API_TOKEN}",
                "Accept": "application/json",
                "User-Agent": "bargeman-eri/2.3",
            }
        )

    def _send(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.base_url}{path}"
        logger.debug("waterway call %s %s headers=%s", method, url, dict(self.session.headers))
        resp = self.session.request(method, url, timeout=self.timeout, **kwargs)
        if resp.status_code >= 400:
            logger.warning("waterway call %s %s failed: %s", method, path, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def notify_voyage(self, notice: VoyageNotice) -> str:
        body = {
            "eni": notice.eni_number,
            "from": notice.departure_port,
            "to": notice.arrival_port,
            "pob": notice.persons_on_board,
            "adn": notice.dangerous_goods,
        }
        return self._send("POST", "/v2/voyages", json=body)["notification_id"]

    def cancel_voyage(self, notification_id: str) -> None:
        self._send("DELETE", f"/v2/voyages/{notification_id}")
