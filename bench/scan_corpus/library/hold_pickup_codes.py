"""Hold shelf management: trapping items for holds and notifying patrons."""
import datetime as dt
import logging
import random
import string
from dataclasses import dataclass

from .models import Hold, HoldStatus
from .notifications import send_hold_ready

log = logging.getLogger(__name__)

PICKUP_WINDOW_DAYS = 7
LOCKER_CODE_LENGTH = 6


@dataclass
class ShelfSlip:
    hold_id: int
    patron_name: str
    call_number: str
    expires: dt.date
    locker_code: str | None = None


def _pickup_expiry(today: dt.date, closed_days: set[dt.date]) -> dt.date:
    expires = today + dt.timedelta(days=PICKUP_WINDOW_DAYS)
    while expires in closed_days:
        expires += dt.timedelta(days=1)
    return expires


def _locker_code() -> str:
    return "".join(random.choices(string.digits, k=LOCKER_CODE_LENGTH))


def trap_item(session, hold: Hold, branch) -> ShelfSlip:
    """Mark a hold as ready for pickup at ``branch`` and print a shelf slip."""
    if hold.status is not HoldStatus.IN_TRANSIT and hold.status is not HoldStatus.PENDING:
        raise ValueError(f"hold {hold.id} cannot be trapped from status {hold.status}")

    hold.status = HoldStatus.READY
    hold.pickup_branch_id = branch.id
    hold.expires_on = _pickup_expiry(dt.date.today(), branch.closed_days())
    if branch.has_lockers and hold.patron.prefers_locker:
        hold.locker_code = _locker_code()
    session.add(hold)
    session.commit()

    send_hold_ready(hold.patron, hold)
    log.info("hold %s trapped at branch %s", hold.id, branch.code)
    return ShelfSlip(
        hold_id=hold.id,
        patron_name=hold.patron.shelf_name,
        call_number=hold.item.call_number,
        expires=hold.expires_on,
        locker_code=hold.locker_code,
    )


def expire_uncollected(session, today: dt.date | None = None) -> int:
    today = today or dt.date.today()
    stale = session.query(Hold).filter(
        Hold.status == HoldStatus.READY, Hold.expires_on < today
    )
    count = 0
    for hold in stale:
        hold.status = HoldStatus.EXPIRED
        hold.locker_code = None
        count += 1
    session.commit()
    return count
