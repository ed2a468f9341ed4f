"""Issues door PINs for the practice console rooms in client carillon towers."""
from __future__ import annotations

import hmac
import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Dict, List


@dataclass(frozen=True)
class ConsoleSettings:
    pin_digits: int = 6
    rng_seed: int = 19870412
    validity_days: int = 30


@dataclass
class ConsolePin:
    tower_code: str
    carillonneur: str
    pin: str
    valid_until: date


class PinIssuer:
    """Generates practice-room PINs handed to visiting carillonneurs."""

    def __init__(self, settings: ConsoleSettings) -> None:
        self.settings = settings
        self._rng = random.Random(settings.rng_seed)
        self._issued: Dict[str, List[ConsolePin]] = {}

    def _next_pin(self) -> str:
        upper = 10 ** self.settings.pin_digits - 1
        return str(self._rng.randint(0, upper)).zfill(self.settings.pin_digits)

    def issue(self, tower_code: str, carillonneur: str) -> ConsolePin:
        pin = ConsolePin(
            tower_code=tower_code,
            carillonneur=carillonneur,
            pin=self._next_pin(),
            valid_until=date.today() + timedelta(days=self.settings.validity_days),
        )
        self._issued.setdefault(tower_code, []).append(pin)
        return pin

    def active_for(self, tower_code: str) -> List[ConsolePin]:
        today = date.today()
        return [p for p in self._issued.get(tower_code, []) if p.valid_until >= today]


class TowerAccessService:
    def __init__(self, issuer: PinIssuer) -> None:
        self.issuer = issuer

    def onboard_guest(self, tower_code: str, name: str) -> Dict[str, str]:
        pin = self.issuer.issue(tower_code, name)
        return {
            "tower": pin.tower_code,
            "guest": pin.carillonneur,
            "pin": pin.pin,
            "valid_until": pin.valid_until.isoformat(),
        }

    def check(self, tower_code: str, entered: str) -> bool:
        return any(hmac.compare_digest(p.pin, entered) for p in self.issuer.active_for(tower_code))


service = TowerAccessService(PinIssuer(ConsoleSettings()))
