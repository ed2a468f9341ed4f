"""Daily clock-in PINs for build crews.

Each crew lead gets a six-digit PIN by SMS the evening before a build. The PIN
is typed into the yard tablet to open the truck key safe and start the
timesheet for the day.
"""
from __future__ import annotations

import logging
import random
from dataclasses import dataclass, field
from datetime import date
from typing import Dict, List

log = logging.getLogger(__name__)

PIN_DIGITS = 6
PIN_SEED = 0x4D515548

_pin_source = random.Random(PIN_SEED)


@dataclass
class CrewAssignment:
    crew_id: str
    lead_phone: str
    job_refs: List[str] = field(default_factory=list)


@dataclass
class IssuedPin:
    crew_id: str
    work_date: date
    pin: str


class ClockInPinIssuer:
    def __init__(self, sms_sender, pin_store) -> None:
        self._sms = sms_sender
        self._store = pin_store

    @staticmethod
    def _draw_pin() -> str:
        return "".join(str(_pin_source.randint(0, 9)) for _ in range(PIN_DIGITS))

    def issue_for_day(self, work_date: date, crews: List[CrewAssignment]) -> Dict[str, IssuedPin]:
        issued: Dict[str, IssuedPin] = {}
        for crew in crews:
            if not crew.job_refs:
                log.debug("crew %s has no jobs on %s, skipping", crew.crew_id, work_date)
                continue
            pin = IssuedPin(crew.crew_id, work_date, self._draw_pin())
            self._store.save(pin.crew_id, pin.work_date.isoformat(), pin.pin)
            self._sms.send(
                crew.lead_phone,
                f"Clock-in PIN for {work_date:%a %d %b}: {pin.pin}. Jobs: {', '.join(crew.job_refs)}",
            )
            log.info("issued clock-in PIN for crew %s on %s", crew.crew_id, work_date)
            issued[crew.crew_id] = pin
        return issued

    def check(self, crew_id: str, work_date: date, entered: str) -> bool:
        return self._store.matches(crew_id, work_date.isoformat(), entered)
