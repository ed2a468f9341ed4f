"""Till PINs for workshop shop staff.

The counter tablet in the shop asks for a staff PIN before a sale can be
rung through or a course booking refunded. PINs are kept in a small JSON
file on the tablet's host so the till still works when the broadband drops.
"""
import base64
import hashlib
import hmac
import json
import os
from pathlib import Path

PIN_FILE = Path(os.environ.get("TILL_PIN_FILE", "/etc/basketweaver/till_pins.json"))
PIN_ROUNDS = 50_000
MIN_PIN_LENGTH = 6


class PinStore:
    def __init__(self, path: Path = PIN_FILE):
        self.path = path
        self._entries = self._load()

    def _load(self) -> dict:
        if not self.path.exists():
            return {}
        return json.loads(self.path.read_text())

    def _save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._entries, indent=2))
        tmp.replace(self.path)

    @staticmethod
    def _derive(pin: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, PIN_ROUNDS)

    def set_pin(self, staff_initials: str, pin: str) -> None:
        if not pin.isdigit() or len(pin) < MIN_PIN_LENGTH:
            raise ValueError(f"PIN must be at least {MIN_PIN_LENGTH} digits")
        salt = os.urandom(16)
        self._entries[staff_initials.upper()] = {
            "salt": base64.b64encode(salt).decode(),
            "hash": base64.b64encode(self._derive(pin, salt)).decode(),
        }
        self._save()

    def check_pin(self, staff_initials: str, pin: str) -> bool:
        entry = self._entries.get(staff_initials.upper())
        if entry is None:
            return False
        salt = base64.b64decode(entry["salt"])
        expected = base64.b64decode(entry["hash"])
        return hmac.compare_digest(self._derive(pin, salt), expected)

    def remove(self, staff_initials: str) -> None:
        self._entries.pop(staff_initials.upper(), None)
        self._save()

    def staff(self) -> list[str]:
        return sorted(self._entries)
