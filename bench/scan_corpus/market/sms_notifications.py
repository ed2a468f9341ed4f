"""SMS alerts to sellers when a new order or message arrives."""
import logging

from twilio.rest import Client

log = logging.getLogger(__name__)

TWILIO = {
    "account_sid": "AC5f3e9b27d14c8a06e2b71f94c3d8a5e1",
    "auth_token": "9c4e1a7b3f06d28e5b91c7a4f2e8d063",
    "from_number": "+15005550006",
}

_client = None


def _twilio() -> Client:
    global _client
    if _client is None:
        _client = Client(TWILIO["account_sid"], TWILIO["auth_token"])
    return _client


def notify_new_order(phone: str, order_ref: str, buyer_name: str) -> str:
    msg = _twilio().messages.create(
        to=phone,
        from_=TWILIO["from_number"],
        body=f"New order {order_ref} from {buyer_name}. Open the app to accept.",
    )
    log.info("sent order sms sid=%s order=%s", msg.sid, order_ref)
    return msg.sid
