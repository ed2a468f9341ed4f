"""Texts customers when their engraved items are ready at the counter."""
import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("engraver.notify.sms")


@dataclass
class SmsSettings:
    account_sid: str = field(default_factory=lambda: os.environ["SMS_ACCOUNT_SID"])
    auth_token: str = field(default_factory=lambda: os.environ["SMS_AUTH_TOKEN"])
    from_number: str = field(default_factory=lambda: os.environ["SMS_FROM_NUMBER"])
    base_url: str = "https://api.twilio.com/2010-04-01"
    timeout: float = 10.0


TEMPLATE = (
    "Hi {first_name}, your {item} (order #{order_id}) is ready for pickup at "
    "Brightline Engraving. Open Tue-Sat 9-6. Reply STOP to opt out."
)


class PickupSmsNotifier:
    def __init__(self, settings: SmsSettings | None = None):
        self.settings = settings or SmsSettings()
        self.session = requests.Session()
        self.session.auth = (self.settings.account_sid, self.settings.auth_token)

    def _messages_url(self) -> str:
        return f"{self.settings.base_url}/Accounts/{self.settings.account_sid}/Messages.json"

    def send(self, phone: str, first_name: str, item: str, order_id: int) -> str | None:
        body = TEMPLATE.format(first_name=first_name, item=item, order_id=order_id)
        payload = {"To": phone, "From": self.settings.from_number, "Body": body}
        try:
            resp = self.session.post(self._messages_url(), data=payload, timeout=self.settings.timeout)
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.error("SMS send failed for order %s with token %s: %s", order_id, self.settings.auth_token, exc)
            return None
        sid = resp.json().get("sid")
        log.info("pickup SMS queued for order %s as %s", order_id, sid)
        return sid


def notify_ready_orders(orders, notifier: PickupSmsNotifier | None = None) -> int:
    notifier = notifier or PickupSmsNotifier()
    sent = 0
    for order in orders:
        if not order.get("sms_opt_in") or not order.get("phone"):
            continue
        if notifier.send(order["phone"], order["first_name"], order["item"], order["id"]):
            sent += 1
    return sent
