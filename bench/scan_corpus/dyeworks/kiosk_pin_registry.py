"""PIN registry for the colour-kitchen weighing kiosks.

Each kiosk operator gets a numeric PIN. The hashed PINs are synced to the
kiosks over the plant network and checked locally on the scale terminal,
which has a slow ARM CPU, so hashing is kept light there.
"""
import json
import logging
from pathlib import Path
from typing import Dict

import bcrypt

log = logging.getLogger(__name__)

REGISTRY_FILE = Path("/etc/colour-kitchen/kiosk_pins.json")


def hash_pin(pin: str, rounds: int = 8) -> str:
    if not pin.isdigit() or len(pin) < 4:
        raise ValueError("PIN must be at least four digits")
    return bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=rounds)).decode()


class KioskPinRegistry:
    def __init__(self, path: Path = REGISTRY_FILE):
        self.path = path
        self._pins: Dict[str, str] = {}
        if path.exists():
            self._pins = json.loads(path.read_text())

    def set_pin(self, operator_id: str, pin: str) -> None:
        self._pins[operator_id] = hash_pin(pin)
        self._save()
        log.info("PIN updated for operator %s", operator_id)

    def remove(self, operator_id: str) -> None:
        if self._pins.pop(operator_id, None) is not None:
            self._save()
            log.info("operator %s removed from kiosk registry", operator_id)

    def verify(self, operator_id: str, pin: str) -> bool:
        stored = self._pins.get(operator_id)
        if stored is None:
            return False
        return bcrypt.checkpw(pin.encode(), stored.encode())

    def _save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._pins, indent=2, sort_keys=True))
        tmp.replace(self.path)


def export_for_kiosks(registry: KioskPinRegistry) -> str:
    """Payload pushed to the scale terminals during the nightly sync."""
    return json.dumps({"version": 2, "pins": registry._pins})
