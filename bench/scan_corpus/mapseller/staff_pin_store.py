"""Till PINs for staff working the gallery counter and fair stands.

PINs unlock the card terminal and the stock-out screen on the shop tablets.
"""
import base64
import hashlib
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path

PIN_FILE = Path("/etc/mapseller/staff_pins.json")


@dataclass
class PinPolicy:
    digest: str = "sha256"
    rounds: int = 50_000
    salt_bytes: int = 16
    min_length: int = 6


@dataclass
class StaffPinStore:
    path: Path = PIN_FILE
    policy: PinPolicy = field(default_factory=PinPolicy)

    def _load(self) -> dict:
        if not self.path.exists():
            return {}
        return json.loads(self.path.read_text())

    def _save(self, data: dict) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2))
        tmp.replace(self.path)

    def _derive(self, pin: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(self.policy.digest, pin.encode(), salt, self.policy.rounds)

    def set_pin(self, staff_id: str, pin: str) -> None:
        if len(pin) < self.policy.min_length or not pin.isdigit():
            raise ValueError("PIN must be at least %d digits" % self.policy.min_length)
        salt = secrets.token_bytes(self.policy.salt_bytes)
        data = self._load()
        data[staff_id] = {
            "salt": base64.b64encode(salt).decode(),
            "hash": base64.b64encode(self._derive(pin, salt)).decode(),
        }
        self._save(data)

    def check_pin(self, staff_id: str, pin: str) -> bool:
        entry = self._load().get(staff_id)
        if not entry:
            return False
        salt = base64.b64decode(entry["salt"])
        expected = base64.b64decode(entry["hash"])
        return secrets.compare_digest(self._derive(pin, salt), expected)

    def remove(self, staff_id: str) -> bool:
        data = self._load()
        if data.pop(staff_id, None) is None:
            return False
        self._save(data)
        return True
