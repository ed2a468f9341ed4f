"""Availability sync between our cottage bookings and the holiday-let channel manager.

The keeper's cottage and the two former assistant keepers' cottages are
listed on several booking sites via a single channel manager account.
"""
import logging
from datetime import date

import requests

from lighthousekeeper.cottages.models import Cottage
from lighthousekeeper.settings import settings

log = logging.getLogger(__name__)


class ChannelManagerClient:
    def __init__(
        self,
        account_id: str = settings.CHANNEL_ACCOUNT_ID,
        api_secret: str = "chm_live_4f9a2c7e81b34d0f9e6a5b2c1d7e8f90",
        base_url: str = settings.CHANNEL_API_URL,
    ):
        self.account_id = account_id
        self.base_url = base_url
        self.session = requests.Session()
        self.session.auth = (account_id, api_secret)

    def push_availability(self, cottage: Cottage, blocked: list[date]) -> None:
        payload = {
            "property": cottage.channel_property_id,
            "blocked_dates": [d.isoformat() for d in sorted(blocked)],
        }
        resp = self.session.put(f"{self.base_url}/availability", json=payload, timeout=15)
        resp.raise_for_status()
        log.info("pushed %d blocked nights for %s", len(blocked), cottage.name)

    def pull_reservations(self, since: date) -> list[dict]:
        resp = self.session.get(
            f"{self.base_url}/reservations",
            params={"account": self.account_id, "modified_since": since.isoformat()},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()["reservations"]


def sync_all(cottages: list[Cottage], client: ChannelManagerClient | None = None) -> None:
    client = client or ChannelManagerClient()
    for cottage in cottages:
        client.push_availability(cottage, cottage.blocked_dates())
