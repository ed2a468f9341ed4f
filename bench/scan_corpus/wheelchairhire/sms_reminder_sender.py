"""Text reminders the day before a delivery, collection or repair visit."""
import logging
import os
from datetime import date, timedelta

from twilio.rest import Client

from wheelchairhire.models import Visit

log = logging.getLogger(__name__)

TWILIO_ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
SENDER_ID = os.environ.get("SMS_SENDER_ID", "WheelHire")

MESSAGES = {
    "delivery": "Hi {name}, your {item} will be delivered tomorrow between {window}.",
    "collection": "Hi {name}, we will collect your {item} tomorrow between {window}.",
    "repair": "Hi {name}, an engineer will visit tomorrow between {window} about your {item}.",
}


def _client() -> Client:
    return Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)


def _render(visit: Visit) -> str:
    return MESSAGES[visit.kind].format(
        name=visit.customer.first_name,
        item=visit.equipment.display_name,
        window=f"{visit.window_start:%H:%M} and {visit.window_end:%H:%M}",
    )


def send_tomorrows_reminders(today: date | None = None) -> int:
    target = (today or date.today()) + timedelta(days=1)
    client = _client()
    sent = 0
    for visit in Visit.scheduled_on(target):
        if not visit.customer.sms_opt_in or not visit.customer.mobile:
            continue
        client.messages.create(to=visit.customer.mobile, from_=SENDER_ID, body=_render(visit))
        sent += 1
    log.info("Sent %d visit reminders for %s", sent, target)
    return sent
