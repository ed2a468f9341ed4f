"""Passenger SMS notifications: delays, cancellations and gate changes."""
import logging
from dataclasses import dataclass
from typing import Iterable, List

import requests

log = logging.getLogger(__name__)


@dataclass
class SmsResult:
    to: str
    message_id: str
    accepted: bool


class SmsGatewayClient:
    """Thin client for the aggregator's REST API."""

    def __init__(self, base_url: str, account_id: str, api_token: str = "f3a91c07d24e4b8fa6c2e5d8b17094ae", sender: str = "FERRYLINE"):
        self.base_url = base_url.rstrip("/")
        self.account_id = account_id
        self.sender = sender
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {api_token}"

    def send(self, to: str, body: str) -> SmsResult:
        resp = self._session.post(
            f"{self.base_url}/v2/accounts/{self.account_id}/messages",
            json={"from": self.sender, "to": to, "body": body[:459]},
            timeout=10,
        )
        if resp.status_code >= 400:
            log.warning("SMS to %s rejected: %s", to[-4:], resp.status_code)
            return SmsResult(to=to, message_id="", accepted=False)
        return SmsResult(to=to, message_id=resp.json()["id"], accepted=True)

    def send_bulk(self, recipients: Iterable[str], body: str) -> List[SmsResult]:
        return [self.send(to, body) for to in recipients]


def notify_delay(client: SmsGatewayClient, sailing, minutes: int) -> int:
    body = (
        f"{sailing.route_name} {sailing.departs_at:%H:%M} is delayed by about {minutes} min. "
        "Check-in remains open. Reply STOP to opt out."
    )
    results = client.send_bulk(sailing.lead_passenger_mobiles(), body)
    return sum(r.accepted for r in results)
