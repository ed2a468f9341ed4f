"""Text messages telling customers their garment is ready to collect."""
import logging
import re
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

TWILIO = {
    "account_sid": "AC5f2e9b7c41d08a6e3f9b2c7d1a4e8f60",
    "auth_token": "e3b8c1f79a2d4605b7e1c9f3a8d2b6c4",
    "messaging_service_sid": "MG0d6a1f4c9e2b7a3d8c5f1e0b9a2c4d7e",
    "api_base": "https://api.twilio.com/2010-04-01",
}

UK_MOBILE = re.compile(r"^\+447\d{9}$")

TEMPLATE = (
    "Hello {first_name}, your {garment} (order {order_ref}) is ready at our "
    "{shop_name} shop. Balance due: £{balance}. Reply STOP to opt out."
)


@dataclass
class ReadyNotice:
    first_name: str
    mobile: str
    garment: str
    order_ref: str
    shop_name: str
    balance: str


class SmsSendError(RuntimeError):
    pass


class PickupNotifier:
    def __init__(self, settings: dict = TWILIO, timeout: float = 10.0):
        self._settings = settings
        self._session = requests.Session()
        self._session.auth = (settings["account_sid"], settings["auth_token"])
        self._timeout = timeout

    def _messages_url(self) -> str:
        return f"{self._settings['api_base']}/Accounts/{self._settings['account_sid']}/Messages.json"

    def send(self, notice: ReadyNotice) -> str:
        if not UK_MOBILE.match(notice.mobile):
            raise SmsSendError(f"order {notice.order_ref}: mobile number is not a UK mobile")
        body = TEMPLATE.format(**notice.__dict__)
        resp = self._session.post(
            self._messages_url(),
            data={
                "To": notice.mobile,
                "MessagingServiceSid": self._settings["messaging_service_sid"],
                "Body": body,
            },
            timeout=self._timeout,
        )
        if resp.status_code >= 400:
            raise SmsSendError(f"order {notice.order_ref}: provider returned {resp.status_code}")
        sid = resp.json()["sid"]
        log.info("ready notice sent for order %s (message %s)", notice.order_ref, sid)
        return sid
