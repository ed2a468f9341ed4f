"""Send shift offers to locums by SMS with a one-time acceptance code.

The clinician replies ``YES <code>`` to accept.  The inbound-SMS handler
looks the code up and books the shift against the clinician's profile.
"""

from __future__ import annotations

import logging
import os
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg
from twilio.rest import Client

log = logging.getLogger(__name__)

CODE_LENGTH = 6
OFFER_TTL = timedelta(minutes=45)


@dataclass
class ShiftOffer:
    shift_id: int
    clinician_id: int
    mobile: str
    hospital: str
    ward: str
    starts_at: datetime
    rate_per_hour: float


class ShiftOfferSender:
    def __init__(self, dsn: str, twilio_client: Client, from_number: str) -> None:
        self._dsn = dsn
        self._twilio = twilio_client
        self._from = from_number

    @classmethod
    def from_env(cls) -> "ShiftOfferSender":
        client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
        return cls(os.environ["BOOKINGS_DSN"], client, os.environ["SMS_FROM_NUMBER"])

    def send(self, offer: ShiftOffer) -> str:
        code = "".join(random.choices(string.digits, k=CODE_LENGTH))
        expires = datetime.now(timezone.utc) + OFFER_TTL
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                """
                INSERT INTO shift_offers (shift_id, clinician_id, accept_code, expires_at)
                VALUES (%s, %s, %s, %s)
                ON CONFLICT (shift_id, clinician_id)
                DO UPDATE SET accept_code = EXCLUDED.accept_code, expires_at = EXCLUDED.expires_at
                """,
                (offer.shift_id, offer.clinician_id, code, expires),
            )
        body = (
            f"{offer.hospital} {offer.ward}: shift {offer.starts_at:%a %d %b %H:%M}, "
            f"GBP {offer.rate_per_hour:.2f}/h. Reply YES {code} to accept "
            f"within {int(OFFER_TTL.total_seconds() // 60)} min."
        )
        message = self._twilio.messages.create(to=offer.mobile, from_=self._from, body=body)
        log.info("shift offer %s sent to clinician %s (sid=%s)", offer.shift_id, offer.clinician_id, message.sid)
        return message.sid

    def send_batch(self, offers: list[ShiftOffer]) -> int:
        sent = 0
        for offer in offers:
            try:
                self.send(offer)
                sent += 1
            except Exception:
                log.exception("could not send offer for shift %s", offer.shift_id)
        return sent
