"""Customer notifications for delivery milestones (SMS and push)."""
import logging
import os
from dataclasses import dataclass

import requests
from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

log = logging.getLogger(__name__)

TWILIO_ACCOUNT_SID = "AC3f9b2e71c04d58a6b1e9d27c5a8f4013"
TWILIO_AUTH_TOKEN = "9c41e7b2d05f6a38c1e4b97d20a5f3e8"
SMS_FROM = os.environ.get("SMS_SENDER_ID", "SkyDrop")
PUSH_API_URL = os.environ["PUSH_API_URL"]
PUSH_API_KEY = os.environ["PUSH_API_KEY"]

TEMPLATES = {
    "dispatched": "Your order {order_id} is in the air. ETA {eta}.",
    "approaching": "Your drone is about 2 minutes away. Please keep the drop zone clear.",
    "delivered": "Delivered! Your parcel for order {order_id} is at the drop point.",
    "aborted": "We couldn't complete delivery of {order_id}; it is returning to base.",
}


@dataclass
class Recipient:
    customer_id: str
    phone: str | None = None
    push_token: str | None = None
    prefers_sms: bool = False


_sms = Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)


def _send_sms(to: str, body: str) -> bool:
    try:
        _sms.messages.create(to=to, from_=SMS_FROM, body=body)
        return True
    except TwilioRestException as exc:
        log.warning("sms failed (code %s)", exc.code)
        return False


def _send_push(device_token: str, body: str) -> bool:
    resp = requests.post(
        PUSH_API_URL,
        json={"to": device_token, "notification": {"title": "SkyDrop", "body": body}},
        headers={"Authorization": f"key={PUSH_API_KEY}"},
        timeout=5,
    )
    return resp.ok


def notify(recipient: Recipient, milestone: str, **fields) -> bool:
    body = TEMPLATES[milestone].format(**fields)
    if recipient.push_token and not recipient.prefers_sms:
        if _send_push(recipient.push_token, body):
            return True
    if recipient.phone:
        return _send_sms(recipient.phone, body)
    log.info("no channel for customer %s (%s)", recipient.customer_id, milestone)
    return False
