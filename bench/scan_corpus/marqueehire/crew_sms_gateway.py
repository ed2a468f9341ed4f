"""SMS gateway for crew call-outs.

When a marquee needs attention after a storm warning, the duty manager
calls out the nearest crew by text. Credentials for the SMS provider come
from the environment; the sender name and region are fixed.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import List

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

log = logging.getLogger(__name__)

SENDER_ID = "MarqueeHire"
SMS_REGION = "ie1"


@dataclass(frozen=True)
class SmsCredentials:
    account_sid: str = field(default_factory=lambda: os.environ["TWILIO_ACCOUNT_SID"])
    auth_token: str = field(default_factory=lambda: os.environ["TWILIO_AUTH_TOKEN"], repr=False)


@dataclass
class CallOut:
    booking_ref: str
    site: str
    reason: str
    phones: List[str]


class CrewSmsGateway:
    def __init__(self, credentials: SmsCredentials | None = None) -> None:
        creds = credentials or SmsCredentials()
        self._client = Client(creds.account_sid, creds.auth_token, region=SMS_REGION)

    def call_out(self, job: CallOut) -> int:
        body = f"CALL-OUT {job.booking_ref} at {job.site}: {job.reason}. Reply YES if you can attend."
        sent = 0
        for phone in job.phones:
            try:
                self._client.messages.create(to=phone, from_=SENDER_ID, body=body[:320])
                sent += 1
            except TwilioRestException as exc:
                log.error("call-out SMS for %s failed: %s", job.booking_ref, exc.msg)
        log.info("call-out for %s sent to %d of %d crew", job.booking_ref, sent, len(job.phones))
        return sent
