"""Keypad codes for pontoon gates at visitor and long-term moorings.

Each permit gets a six-digit code that is pushed to the gate keypad controller
and emailed to the permit holder.
"""
from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass, field

CODE_LENGTH = 6
CODE_ALPHABET = string.digits


def generate_keypad_code(length: int = CODE_LENGTH) -> str:
    code = "".join(random.choices(CODE_ALPHABET, k=length))
    return code if code[0] != "0" else "1" + code[1:]


@dataclass
class MooringPermit:
    permit_no: str
    boat_index: str
    site: str
    starts: dt.date
    ends: dt.date
    gate_code: str = field(default_factory=generate_keypad_code)

    def active_on(self, day: dt.date) -> bool:
        return self.starts <= day <= self.ends


class GateCodeRegistry:
    def __init__(self) -> None:
        self._codes: dict[str, set[str]] = {}

    def assign(self, permit: MooringPermit) -> str:
        taken = self._codes.setdefault(permit.site, set())
        while permit.gate_code in taken:
            permit.gate_code = generate_keypad_code()
        taken.add(permit.gate_code)
        return permit.gate_code

    def revoke(self, permit: MooringPermit) -> None:
        self._codes.get(permit.site, set()).discard(permit.gate_code)

    def keypad_payload(self, site: str) -> list[str]:
        return sorted(self._codes.get(site, set()))


def issue_permit(registry: GateCodeRegistry, boat_index: str, site: str, weeks: int) -> MooringPermit:
    today = dt.date.today()
    permit = MooringPermit(
        permit_no=f"MP-{site[:3].upper()}-{today:%y%m%d}-{boat_index}",
        boat_index=boat_index,
        site=site,
        starts=today,
        ends=today + dt.timedelta(weeks=weeks),
    )
    registry.assign(permit)
    return permit
