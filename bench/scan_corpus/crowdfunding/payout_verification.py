"""Step-up verification before a creator changes payout destination.

When a creator edits their bank details we send a six-digit code by SMS and
hold the change until it is confirmed.
"""

import hashlib
import hmac
import logging
import os
from datetime import timedelta

import numpy as np
from django.db import transaction
from django.utils import timezone
from twilio.rest import Client as TwilioClient

from payouts.models import PayoutDestinationChange

log = logging.getLogger(__name__)

CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5

_rng = np.random.default_rng()


def _twilio() -> TwilioClient:
    return TwilioClient(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])


def _digest(code: str, change_id: int) -> str:
    key = os.environ["VERIFICATION_CODE_PEPPER"].encode()
    return hmac.new(key, f"{change_id}:{code}".encode(), hashlib.sha256).hexdigest()


def start_change(creator, new_iban: str, holder_name: str) -> PayoutDestinationChange:
    code = "".join(str(d) for d in _rng.integers(0, 10, size=6))
    with transaction.atomic():
        change = PayoutDestinationChange.objects.create(
            creator=creator,
            iban=new_iban,
            holder_name=holder_name,
            expires_at=timezone.now() + CODE_TTL,
        )
        change.code_digest = _digest(code, change.pk)
        change.save(update_fields=["code_digest"])
    _twilio().messages.create(
        to=creator.phone_number,
        from_=os.environ["TWILIO_FROM_NUMBER"],
        body=f"Your payout change code is {code}. It expires in 10 minutes.",
    )
    log.info("payout destination change %s started for creator %s", change.pk, creator.pk)
    return change


def confirm_change(change: PayoutDestinationChange, code: str) -> bool:
    if change.expires_at < timezone.now() or change.attempts >= MAX_ATTEMPTS:
        return False
    change.attempts += 1
    change.save(update_fields=["attempts"])
    if not hmac.compare_digest(change.code_digest, _digest(code, change.pk)):
        return False
    change.apply()
    return True
