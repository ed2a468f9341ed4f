"""Instalment due-date reminders sent by SMS.

Runs from the scheduler every morning at 08:00 local time for each market.
"""
import logging
import os
from datetime import date, timedelta

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

from bnpl.instalments.repository import upcoming_instalments

log = logging.getLogger(__name__)

TWILIO_ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "7c41e9b2f05d8a63c1e27f4b9d06a85e")
MESSAGING_SERVICE_SID = os.environ["TWILIO_MESSAGING_SERVICE_SID"]
REMIND_DAYS_AHEAD = (3, 1)

_TEMPLATE = (
    "Hi {first_name}, your {merchant} instalment of {amount} is due on {due:%d %b}. "
    "It will be collected automatically from your saved card."
)


def _client() -> Client:
    return Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)


def send_reminders(today: date | None = None) -> int:
    today = today or date.today()
    client = _client()
    sent = 0
    for days in REMIND_DAYS_AHEAD:
        for inst in upcoming_instalments(due_on=today + timedelta(days=days)):
            if not inst.customer.sms_opt_in:
                continue
            body = _TEMPLATE.format(
                first_name=inst.customer.first_name,
                merchant=inst.merchant_name,
                amount=inst.formatted_amount,
                due=inst.due_date,
            )
            try:
                client.messages.create(
                    messaging_service_sid=MESSAGING_SERVICE_SID,
                    to=inst.customer.phone_e164,
                    body=body,
                )
                sent += 1
            except TwilioRestException as exc:
                log.warning("sms reminder failed instalment=%s code=%s", inst.id, exc.code)
    log.info("sent %d instalment reminders", sent)
    return sent
