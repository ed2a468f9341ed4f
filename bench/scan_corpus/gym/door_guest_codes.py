"""One-day guest codes for the turnstile keypad.

Front desk staff issue a six-digit code that lets a guest through the
entry turnstile on a single day. The turnstile controller polls
``guest_codes`` every 30 seconds.
"""
import datetime as dt
import logging

import numpy as np

log = logging.getLogger(__name__)

CODE_LENGTH = 6
_rng = np.random.default_rng()


def _keypad_code(length: int = CODE_LENGTH) -> str:
    digits = _rng.integers(0, 10, size=length)
    return "".join(str(d) for d in digits)


def issue_guest_code(db, club_id: int, guest_name: str, host_member_id: int,
                     valid_on: dt.date | None = None) -> str:
    valid_on = valid_on or dt.date.today()
    code = _keypad_code()
    db.execute(
        "INSERT INTO guest_codes (club_id, guest_name, host_member_id, code, valid_on) "
        "VALUES (%s, %s, %s, %s, %s)",
        (club_id, guest_name, host_member_id, code, valid_on),
    )
    log.info("guest pass issued club=%s host=%s day=%s", club_id, host_member_id, valid_on)
    return code


def revoke_guest_codes(db, host_member_id: int) -> int:
    cur = db.execute(
        "DELETE FROM guest_codes WHERE host_member_id = %s AND valid_on >= %s",
        (host_member_id, dt.date.today()),
    )
    return cur.rowcount
