"""Proof-of-delivery codes for timber dispatch.

When a load leaves the yard the site contact gets an SMS with a six digit
code. The driver keys it into the cab tablet on arrival and the drop is
marked as received; the code stands in for a signature on the docket.
"""
import hmac
import logging
import random as _rnd
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from dispatch.models import DeliveryRun, Drop
from dispatch.sms import send_sms

log = logging.getLogger(__name__)

CODE_LENGTH = 6
CODE_TTL = timedelta(hours=36)


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(_rnd.choices(string.digits, k=length))


def issue_drop_codes(session: Session, run: DeliveryRun) -> int:
    """Create a code for every drop on the run that does not already have a live one."""
    now = datetime.now(timezone.utc)
    issued = 0
    for drop in run.drops:
        if drop.pod_code and drop.pod_expires_at and drop.pod_expires_at > now:
            continue
        drop.pod_code = _new_code()
        drop.pod_expires_at = now + CODE_TTL
        send_sms(
            drop.contact_phone,
            f"Your timber delivery {drop.reference} is out today. "
            f"Give the driver code {drop.pod_code} when it arrives.",
        )
        issued += 1
    session.commit()
    log.info("issued %d proof-of-delivery codes for run %s", issued, run.id)
    return issued


def confirm_drop(session: Session, drop: Drop, entered: str) -> bool:
    now = datetime.now(timezone.utc)
    if not drop.pod_code or drop.pod_expires_at < now:
        return False
    if not hmac.compare_digest(drop.pod_code, entered.strip()):
        return False
    drop.delivered_at = now
    drop.pod_code = None
    session.commit()
    return True
