"""SMS reminders for accessibility assistance bookings.

The evening before a booked assistance journey the customer gets a text
with the meeting point and the assistant's name. Messages go out through
the council's shared SMS gateway contract.
"""
import logging
from dataclasses import dataclass, field

import requests

log = logging.getLogger("assistance.sms")


@dataclass
class GatewayConfig:
    base_url: str
    sender_id: str = "CityTransit"
    api_key: str = "gw_live_5c1e9a07d4b84f2ea3c6b19f70d2e8a4"
    timeout: float = 10.0
    tags: list[str] = field(default_factory=lambda: ["assistance"])


class SmsGateway:
    def __init__(self, config: GatewayConfig):
        self.config = config
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = config.api_key

    def send(self, to: str, body: str, reference: str) -> str:
        resp = self.session.post(
            f"{self.config.base_url}/v1/messages",
            json={
                "from": self.config.sender_id,
                "to": to,
                "body": body,
                "client_ref": reference,
                "tags": self.config.tags,
            },
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        message_id = resp.json()["id"]
        log.info("reminder %s queued as %s", reference, message_id)
        return message_id


def reminder_text(booking) -> str:
    return (
        f"Reminder: assistance booked {booking.start:%a %d %b %H:%M} at {booking.meeting_point}. "
        f"Your assistant is {booking.assistant_first_name}. Reply STOP to opt out."
    )
