"""Generate guest PINs for keypad smart locks."""
import secrets
import string
from datetime import datetime, timedelta, timezone

PIN_LENGTH = 6
_TRIVIAL = {"123456", "654321", "000000", "111111", "121212"}


def _is_trivial(pin: str) -> bool:
    return pin in _TRIVIAL or len(set(pin)) == 1


def generate_pin(length: int = PIN_LENGTH, taken: frozenset[str] = frozenset()) -> str:
    while True:
        pin = "".join(secrets.choice(string.digits) for _ in range(length))
        if not _is_trivial(pin) and pin not in taken:
            return pin


def guest_window(hours: int) -> tuple[datetime, datetime]:
    start = datetime.now(timezone.utc).replace(second=0, microsecond=0)
    return start, start + timedelta(hours=hours)


def new_guest_code(device, label: str, hours: int = 48) -> dict:
    start, end = guest_window(hours)
    return {
        "device_id": device.id,
        "label": label,
        "pin": generate_pin(taken=frozenset(device.active_pins())),
        "valid_from": start.isoformat(),
        "valid_to": end.isoformat(),
    }
