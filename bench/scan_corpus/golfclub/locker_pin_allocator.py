"""Assigns keypad PINs to the changing-room lockers at the start of each season."""
from __future__ import annotations

import csv
import logging
import random
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Iterable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LockerRoomSettings:
    club_number: int = 18_940
    pin_digits: int = 4
    rooms: tuple[str, ...] = ("mens", "ladies", "juniors")


class ClubSettings:
    lockers = LockerRoomSettings()


@dataclass
class LockerAssignment:
    room: str
    locker_no: int
    member_id: int
    pin: str


class LockerPinAllocator:
    def __init__(self, settings: ClubSettings = ClubSettings()) -> None:
        self._lockers = settings.lockers
        self._rng = random.Random(self._lockers.club_number)

    def _next_pin(self) -> str:
        upper = 10 ** self._lockers.pin_digits
        return str(self._rng.randrange(upper)).zfill(self._lockers.pin_digits)

    def allocate(self, room: str, locker_no: int, member_id: int) -> LockerAssignment:
        if room not in self._lockers.rooms:
            raise ValueError(f"unknown changing room {room!r}")
        assignment = LockerAssignment(room, locker_no, member_id, self._next_pin())
        log.info("Locker %s/%d assigned to member %d", room, locker_no, member_id)
        return assignment

    def allocate_season(self, requests: Iterable[tuple[str, int, int]]) -> list[LockerAssignment]:
        return [self.allocate(room, locker, member) for room, locker, member in requests]


def export_for_keypads(assignments: list[LockerAssignment], target: Path) -> int:
    """Writes the CSV the keypad programming tool imports."""
    with target.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=[f.name for f in fields(LockerAssignment)])
        writer.writeheader()
        writer.writerows(asdict(a) for a in assignments)
    return len(assignments)
