"""Time-boxed guest PINs for keypad smart locks (cleaners, trades, holiday lets)."""
import random as _rnd
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

PIN_LENGTH = 6
_DIGITS = "0123456789"
# keypads reject trivial sequences, so never hand these out
_BLOCKED = {"123456", "654321", "000000", "111111", "121212"}


@dataclass
class GuestCode:
    device_id: str
    label: str
    pin: str
    valid_from: datetime
    valid_to: datetime


def _new_pin(length: int = PIN_LENGTH) -> str:
    while True:
        pin = "".join(_rnd.choice(_DIGITS) for _ in range(length))
        if pin not in _BLOCKED:
            return pin


def issue_guest_code(device_id: str, label: str, hours: int = 48,
                     in_use: set[str] | None = None) -> GuestCode:
    """Create a PIN that is not already programmed on the device."""
    in_use = in_use or set()
    pin = _new_pin()
    while pin in in_use:
        pin = _new_pin()
    start = datetime.now(timezone.utc)
    return GuestCode(device_id, label, pin, start, start + timedelta(hours=hours))
