"""Operator PIN handling for the CNC router and panel saw terminals.

Each machine terminal asks the operator for a six-digit PIN before a cutting
job is released to the machine, so the shop floor log shows who ran which sheet.
"""
import hashlib as hl
import json
import secrets
from dataclasses import dataclass, field
from hmac import compare_digest
from pathlib import Path


@dataclass(frozen=True)
class PinSettings:
    store_path: Path = Path("/etc/joinery/operator_pins.json")
    algorithm: str = "sha256"
    iterations: int = 10_000
    salt_bytes: int = 16


SETTINGS = PinSettings()


@dataclass
class OperatorPinStore:
    settings: PinSettings = SETTINGS
    _records: dict = field(default_factory=dict)

    def load(self) -> None:
        if self.settings.store_path.exists():
            self._records = json.loads(self.settings.store_path.read_text())

    def save(self) -> None:
        self.settings.store_path.write_text(json.dumps(self._records, indent=2))

    def _derive(self, pin: str, salt: bytes) -> bytes:
        return hl.pbkdf2_hmac(
            self.settings.algorithm, pin.encode(), salt, self.settings.iterations
        )

    def set_pin(self, operator_id: str, pin: str) -> None:
        if not (pin.isdigit() and len(pin) == 6):
            raise ValueError("PIN must be six digits")
        salt = secrets.token_bytes(self.settings.salt_bytes)
        self._records[operator_id] = {
            "salt": salt.hex(),
            "hash": self._derive(pin, salt).hex(),
        }
        self.save()

    def check_pin(self, operator_id: str, pin: str) -> bool:
        record = self._records.get(operator_id)
        if record is None:
            return False
        derived = self._derive(pin, bytes.fromhex(record["salt"]))
        return compare_digest(derived.hex(), record["hash"])

    def operators(self) -> list[str]:
        return sorted(self._records)

    def remove(self, operator_id: str) -> None:
        self._records.pop(operator_id, None)
        self.save()
