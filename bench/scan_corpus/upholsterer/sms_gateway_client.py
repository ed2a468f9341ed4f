"""Send SMS updates to customers: collection windows, delivery days, handover codes."""
import logging
import os
import re
from dataclasses import dataclass

import requests

log = logging.getLogger("notifications.sms")

SMS_API_URL = "https://rest.messagebird.com/messages"
UK_MOBILE = re.compile(r"^(?:\+44|0)7\d{9}$")


@dataclass(frozen=True)
class SmsConfig:
    access_key: str
    originator: str = "ChairWorks"

    @classmethod
    def from_env(cls) -> "SmsConfig":
        return cls(
            access_key=os.environ["MESSAGEBIRD_ACCESS_KEY"],
            originator=os.environ.get("SMS_ORIGINATOR", "ChairWorks"),
        )


def normalise_uk_mobile(number: str) -> str:
    compact = re.sub(r"[\s()-]", "", number)
    if not UK_MOBILE.match(compact):
        raise ValueError("Not a UK mobile number")
    return "44" + compact[-10:]


class SmsGateway:
    def __init__(self, config: SmsConfig | None = None) -> None:
        self.config = config or SmsConfig.from_env()
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"AccessKey {self.config.access_key}"

    def send(self, to: str, body: str, reference: str | None = None) -> str:
        payload = {
            "originator": self.config.originator,
            "recipients": [normalise_uk_mobile(to)],
            "body": body[:459],
        }
        if reference:
            payload["reference"] = reference
        response = self.session.post(SMS_API_URL, json=payload, timeout=15)
        response.raise_for_status()
        message_id = response.json()["id"]
        log.info("SMS queued id=%s reference=%s", message_id, reference)
        return message_id
