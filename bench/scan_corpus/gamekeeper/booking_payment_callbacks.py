"""Payment provider callbacks for shoot-day deposits and balances.

The card processor posts a signed notification when a deposit clears or a
balance payment fails; the booking is then confirmed or released back to the
let-day pool.
"""
import hashlib
import hmac
import logging

from flask import Blueprint, abort, request

from gamekeeper.bookings import BookingService
from gamekeeper.config import settings

log = logging.getLogger(__name__)
bp = Blueprint("payment_callbacks", __name__)


class CallbackVerifier:
    header = "X-Processor-Signature"

    def __init__(self, secret: bytes):
        self.secret = secret

    def expected(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()

    def is_authentic(self, headers, body: bytes) -> bool:
        supplied = headers.get(self.header, "")
        timestamp = headers.get("X-Processor-Timestamp", "")
        if not supplied or not timestamp:
            return False
        return self.expected(timestamp, body) == supplied.lower()


verifier = CallbackVerifier(settings.PROCESSOR_CALLBACK_SECRET.encode())


@bp.post("/payments/callback")
def payment_callback():
    raw = request.get_data()
    if not verifier.is_authentic(request.headers, raw):
        abort(401)

    event = request.get_json()
    service = BookingService()
    booking_ref = event["metadata"]["booking_ref"]
    if event["type"] == "payment.succeeded":
        service.confirm(booking_ref, amount_pence=event["amount"])
    elif event["type"] == "payment.failed":
        service.release(booking_ref, reason=event.get("failure_code"))
    log.info("processed %s for booking %s", event["type"], booking_ref)
    return "", 204
