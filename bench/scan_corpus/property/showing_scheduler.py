"""Books self-guided showings and provisions a one-time keypad code on the unit's lock."""
import logging
import random
import secrets
import time
from datetime import datetime, timedelta, timezone

from .lock_client import LockClient, LockGatewayError

log = logging.getLogger(__name__)

CODE_DIGITS = 6
SHOWING_WINDOW = timedelta(minutes=90)
MAX_ATTEMPTS = 4


def one_time_code(digits: int = CODE_DIGITS) -> str:
    return str(secrets.randbelow(10**digits)).zfill(digits)


def _backoff(attempt: int) -> float:
    # spread retries so a gateway hiccup doesn't get a burst from every booking worker
    return min(30.0, 2**attempt) + random.uniform(0, 1.5)


def book_showing(client: LockClient, lock_id: str, unit_id: int, starts_at: datetime) -> dict:
    if starts_at < datetime.now(timezone.utc):
        raise ValueError("showing must start in the future")
    code = one_time_code()
    ends_at = starts_at + SHOWING_WINDOW
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            client.create_access_code(lock_id, code=code, starts_at=starts_at, ends_at=ends_at, label=f"showing-{unit_id}")
            break
        except LockGatewayError:
            if attempt == MAX_ATTEMPTS:
                raise
            delay = _backoff(attempt)
            log.warning("Lock %s rejected code request, retrying in %.1fs", lock_id, delay)
            time.sleep(delay)
    log.info("Showing booked for unit %s from %s to %s", unit_id, starts_at.isoformat(), ends_at.isoformat())
    return {"unit_id": unit_id, "code": code, "starts_at": starts_at, "ends_at": ends_at}
