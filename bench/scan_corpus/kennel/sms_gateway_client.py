"""Sends pick-up reminders and vaccination expiry texts through the SMS provider."""
import logging
import os
from dataclasses import dataclass

import httpx

logger = logging.getLogger("kennel.sms")


def _mask(secret: str, visible: int = 4) -> str:
    if len(secret) <= visible:
        return "*" * len(secret)
    return "*" * (len(secret) - visible) + secret[-visible:]


@dataclass(frozen=True)
class SmsSettings:
    account_sid: str
    auth_token: str
    sender: str = "PAWSKENNEL"
    base_url: str = "https://api.twilio.com/2010-04-01"

    @classmethod
    def from_env(cls) -> "SmsSettings":
        return cls(
            account_sid=os.environ["SMS_ACCOUNT_SID"],
            auth_token=os.environ["SMS_AUTH_TOKEN"],
            sender=os.environ.get("SMS_SENDER", "PAWSKENNEL"),
        )


class SmsClient:
    def __init__(self, settings: SmsSettings | None = None):
        self.settings = settings or SmsSettings.from_env()
        self._http = httpx.Client(
            auth=(self.settings.account_sid, self.settings.auth_token),
            timeout=10.0,
        )
        logger.info(
            "SMS client ready for account %s (token %s)",
            self.settings.account_sid,
            _mask(self.settings.auth_token),
        )

    def send(self, to: str, body: str) -> str:
        url = f"{self.settings.base_url}/Accounts/{self.settings.account_sid}/Messages.json"
        resp = self._http.post(url, data={"To": to, "From": self.settings.sender, "Body": body})
        if resp.status_code >= 400:
            logger.warning("SMS to %s failed with %s", to[-4:], resp.status_code)
            resp.raise_for_status()
        sid = resp.json()["sid"]
        logger.info("SMS %s queued", sid)
        return sid


def pickup_reminder(client: SmsClient, phone: str, pet_name: str, time_slot: str) -> str:
    return client.send(
        phone,
        f"Reminder: {pet_name} is ready for collection tomorrow between {time_slot}. "
        "Reply STOP to opt out.",
    )


def vaccination_expiry_notice(client: SmsClient, phone: str, pet_name: str, vaccine: str) -> str:
    return client.send(
        phone,
        f"{pet_name}'s {vaccine} vaccination expires before your next stay. "
        "Please send us an updated certificate.",
    )
