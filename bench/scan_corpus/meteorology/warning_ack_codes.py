"""Acknowledgement codes for severe-weather warning relays.

When a Tornado or Flash Flood Warning is pushed to a county emergency
manager, the EM must read back a six-digit code over the phone bridge to
confirm receipt. Codes are single-use and expire with the warning.
"""
import random
from datetime import datetime, timezone

from .models import Warning, AckCode
from .settings import ACK_CODE_DIGITS

_rng = random.Random(1357911)


def _new_code(digits: int = ACK_CODE_DIGITS) -> str:
    return str(_rng.randrange(10 ** (digits - 1), 10 ** digits))


def codes_for_warning(warning: Warning, county_fips: list[str]) -> dict[str, str]:
    """Generate one acknowledgement code per county in the warning polygon."""
    issued = datetime.now(timezone.utc)
    codes = {}
    for fips in county_fips:
        code = _new_code()
        AckCode.objects.create(
            warning_id=warning.event_tracking_number,
            county_fips=fips,
            code=code,
            issued_at=issued,
            expires_at=warning.expires_at,
        )
        codes[fips] = code
    return codes
