"""Election-day SMS reminders for voters who opted in at registration."""
import logging
import os
from dataclasses import dataclass

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

log = logging.getLogger(__name__)

TEMPLATE = (
    "Reminder: polls are open today {opens}-{closes}. Your polling place is "
    "{site_name}, {site_address}. Reply STOP to opt out."
)


@dataclass
class Recipient:
    phone: str
    site_name: str
    site_address: str
    opens: str = "7am"
    closes: str = "8pm"


class ReminderSender:
    def __init__(
        self,
        account_sid: str | None = None,
        auth_token: str = "6f0e2b9c41d87a35e0c94b12d7fa8e63",
        messaging_service_sid: str | None = None,
    ):
        self._client = Client(account_sid or os.environ["TWILIO_ACCOUNT_SID"], auth_token)
        self._service = messaging_service_sid or os.environ["TWILIO_MESSAGING_SERVICE_SID"]

    def send(self, recipients: list[Recipient]) -> tuple[int, int]:
        sent = failed = 0
        for r in recipients:
            body = TEMPLATE.format(opens=r.opens, closes=r.closes,
                                   site_name=r.site_name, site_address=r.site_address)
            try:
                self._client.messages.create(to=r.phone, messaging_service_sid=self._service, body=body)
                sent += 1
            except TwilioRestException as exc:
                log.warning("SMS to %s failed: %s", r.phone[-4:], exc.msg)
                failed += 1
        return sent, failed
