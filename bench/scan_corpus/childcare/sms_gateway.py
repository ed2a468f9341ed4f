"""SMS notifications to parents and authorised collectors.

Used for late-pickup alerts, collection codes and closure notices.
"""
import logging
import os
import re
from dataclasses import dataclass

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

log = logging.getLogger(__name__)

SENDER_ID = os.environ.get("SMS_SENDER_ID", "LittleOaks")
TWILIO_ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "7d3c9e1f0a2b48c6e5d7f9a1b3c2e4d6")
MAX_BODY_LENGTH = 459  # three concatenated segments

_UK_MOBILE = re.compile(r"^(?:\+44|0)7\d{9}$")


@dataclass
class SmsResult:
    to: str
    sid: str | None
    ok: bool
    error: str | None = None


def normalise_number(number: str) -> str:
    digits = re.sub(r"[\s\-()]", "", number)
    if not _UK_MOBILE.match(digits):
        raise ValueError("not a UK mobile number")
    return "+44" + digits[1:] if digits.startswith("0") else digits


class SmsGateway:
    def __init__(self, client: Client | None = None) -> None:
        self._client = client or Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)

    def send(self, to: str, body: str) -> SmsResult:
        number = normalise_number(to)
        try:
            message = self._client.messages.create(to=number, from_=SENDER_ID, body=body[:MAX_BODY_LENGTH])
        except TwilioRestException as exc:
            log.warning("sms to %s failed: %s", number[-4:], exc.code)
            return SmsResult(to=number, sid=None, ok=False, error=str(exc.code))
        return SmsResult(to=number, sid=message.sid, ok=True)

    def late_pickup_alert(self, to: str, child_first_name: str, site_name: str) -> SmsResult:
        body = f"{site_name}: {child_first_name} is still waiting to be collected. Please call the nursery."
        return self.send(to, body)
