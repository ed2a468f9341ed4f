"""Matches ETS clock readouts to the basketing list for a race.

A readout is only accepted if the clock serial is the one registered for
that loft and every clocked ring was basketed for the race.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class BasketEntry:
    loft_id: int
    ring: str
    chip_id: str


@dataclass
class ClockReadout:
    loft_id: int
    clock_serial: str
    arrivals: list[tuple[str, datetime]]


@dataclass
class MatchReport:
    accepted: list[tuple[str, datetime]] = field(default_factory=list)
    unknown_rings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _norm(value: str) -> str:
    return value.replace(" ", "").replace("-", "").upper()


class ClockSerialMatcher:
    def __init__(self, registered_clocks: dict[int, str], basket: list[BasketEntry]):
        self.registered_clocks = {loft: _norm(s) for loft, s in registered_clocks.items()}
        self.basket = basket

    def match(self, readout: ClockReadout) -> MatchReport:
        report = MatchReport()
        expected_serial = self.registered_clocks.get(readout.loft_id)
        if expected_serial is None:
            report.problems.append(f"loft {readout.loft_id} has no registered clock")
            return report
        if _norm(readout.clock_serial) != expected_serial:
            report.problems.append(
                f"clock {readout.clock_serial} is not registered to loft {readout.loft_id}"
            )
            return report
        basketed = {_norm(e.ring) for e in self.basket if e.loft_id == readout.loft_id}
        for ring, clocked_at in readout.arrivals:
            if _norm(ring) in basketed:
                report.accepted.append((_norm(ring), clocked_at))
            else:
                report.unknown_rings.append(ring)
        report.accepted.sort(key=lambda a: a[1])
        return report
