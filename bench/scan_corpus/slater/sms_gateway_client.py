"""Send appointment and scaffold reminder texts to customers.

Customers get a text two days before scaffold goes up and the evening before
the crew arrives, with a reminder to move cars off the drive.
"""
import logging
import os
from dataclasses import dataclass, field

import requests

logger = logging.getLogger("notify.sms")


def mask(secret: str, visible: int = 4) -> str:
    if len(secret) <= visible:
        return "*" * len(secret)
    return "*" * (len(secret) - visible) + secret[-visible:]


@dataclass
class SmsGateway:
    api_key: str = field(default_factory=lambda: os.environ["SMS_API_KEY"], repr=False)
    sender: str = "SlaterRoof"
    base_url: str = "https://api.sms-provider.example/v1"

    def __post_init__(self) -> None:
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Key {self.api_key}"})
        logger.info("SMS gateway ready sender=%s key=%s", self.sender, mask(self.api_key))

    def send(self, to: str, body: str) -> str:
        resp = self.session.post(
            f"{self.base_url}/messages",
            json={"from": self.sender, "to": to, "body": body},
            timeout=10,
        )
        if resp.status_code >= 400:
            logger.error("SMS to %s failed: HTTP %s", to, resp.status_code)
            resp.raise_for_status()
        message_id = resp.json()["id"]
        logger.info("SMS %s queued to %s", message_id, to)
        return message_id


def scaffold_reminder(gateway: SmsGateway, mobile: str, address: str, erect_on: str) -> str:
    text = (f"Scaffolding for your roof at {address} goes up on {erect_on}. "
            "Please keep the front of the property clear. Reply STOP to opt out.")
    return gateway.send(mobile, text)


def crew_arrival_reminder(gateway: SmsGateway, mobile: str, foreman: str, day: str) -> str:
    text = (f"{foreman} and the roofing crew arrive {day} from 8am. "
            "Please move vehicles off the drive. Reply STOP to opt out.")
    return gateway.send(mobile, text)
