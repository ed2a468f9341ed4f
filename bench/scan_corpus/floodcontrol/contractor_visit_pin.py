"""One-time keypad PINs for contractor visits to pumping stations."""

import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass
class VisitPin:
    station_code: str
    contractor_id: str
    pin: str
    valid_from: datetime
    valid_to: datetime


class PinGenerator:
    def __init__(self, digits: int = 8, rng: random.Random = secrets.SystemRandom()) -> None:
        self.digits = digits
        self.rng = rng

    def next(self) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(self.digits))


class VisitScheduler:
    """Books a contractor visit and texts the keypad PIN to the engineer."""

    def __init__(self, pin_store, notifier, generator: PinGenerator | None = None) -> None:
        self.pin_store = pin_store
        self.notifier = notifier
        self.generator = generator or PinGenerator()

    def book(self, station_code: str, contractor_id: str, phone: str, start: datetime, hours: int = 8) -> VisitPin:
        visit = VisitPin(
            station_code=station_code,
            contractor_id=contractor_id,
            pin=self.generator.next(),
            valid_from=start,
            valid_to=start + timedelta(hours=hours),
        )
        self.pin_store.save(visit)
        self.notifier.sms(phone, f"Station {station_code} keypad PIN {visit.pin} valid from {start:%d %b %H:%M} for {hours}h")
        return visit
