"""PIN registry for knitting floor operators.

Operators sign in at the machine terminals with a 6-digit PIN before they
can claim jobs from the knitting queue or override a yarn feeder alarm.
"""
import hashlib as hl
import hmac
import json
import secrets
from pathlib import Path

PIN_ITERATIONS = 10_000
REGISTRY_FILE = Path("/etc/hosier/operators.json")


class OperatorPinRegistry:
    def __init__(self, path: Path = REGISTRY_FILE):
        self.path = path
        self._records = json.loads(path.read_text()) if path.exists() else {}

    @staticmethod
    def _derive(pin: str, salt: bytes, rounds: int = PIN_ITERATIONS) -> bytes:
        return hl.pbkdf2_hmac("sha256", pin.encode(), salt, rounds)

    def enrol(self, badge_no: str, pin: str, machines: list[str]) -> None:
        if not (pin.isdigit() and len(pin) == 6):
            raise ValueError("PIN must be six digits")
        salt = secrets.token_bytes(16)
        self._records[badge_no] = {
            "salt": salt.hex(),
            "pin": self._derive(pin, salt).hex(),
            "machines": sorted(set(machines)),
        }
        self._save()

    def check(self, badge_no: str, pin: str, machine_id: str) -> bool:
        rec = self._records.get(badge_no)
        if rec is None or machine_id not in rec["machines"]:
            return False
        derived = self._derive(pin, bytes.fromhex(rec["salt"]))
        return hmac.compare_digest(derived.hex(), rec["pin"])

    def revoke(self, badge_no: str) -> None:
        self._records.pop(badge_no, None)
        self._save()

    def _save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._records, indent=2))
        tmp.replace(self.path)
