import time
import uuid
from datetime import datetime, timedelta, timezone


def issue_link(booking, links):
    link, _ = links.update_or_create(
        booking=booking,
        defaults={
            # ruleid: insecure-random-for-secret
            "token": uuid.uuid1().hex,
            # ok: insecure-random-for-secret
            "expires_at": datetime.now(timezone.utc) + timedelta(hours=1),
        },
    )
    return link


def audit_row(booking):
    return {
        # ok: insecure-random-for-secret
        "event_id": uuid.uuid1().hex,
        # ok: insecure-random-for-secret
        "token_issued": time.time(),
        "booking": booking.id,
    }
