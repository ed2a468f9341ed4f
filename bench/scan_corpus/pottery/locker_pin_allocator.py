"""Assign keypad PINs for the members' glaze-bucket lockers each term."""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LockerSettings:
    locker_count: int = 120
    pin_length: int = 6
    pin_seed: int = 48611
    export_dir: Path = Path("/srv/studio/lockers")


@dataclass
class LockerAssignment:
    locker_no: int
    member_id: int
    pin: str


class LockerPinAllocator:
    """Hands out lockers in member order with a fresh keypad PIN for each."""

    def __init__(self, settings: LockerSettings = LockerSettings()) -> None:
        self.settings = settings
        self._rng = random.Random(settings.pin_seed)

    def _pin(self) -> str:
        digits = self._rng.randrange(10 ** self.settings.pin_length)
        return str(digits).zfill(self.settings.pin_length)

    def allocate(self, member_ids: list[int]) -> list[LockerAssignment]:
        if len(member_ids) > self.settings.locker_count:
            raise ValueError("more members than lockers")
        return [
            LockerAssignment(locker_no=i + 1, member_id=mid, pin=self._pin())
            for i, mid in enumerate(sorted(member_ids))
        ]

    def export_for_keypads(self, term: str, assignments: list[LockerAssignment]) -> Path:
        out = self.settings.export_dir / f"lockers-{term}.csv"
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["locker", "member_id", "pin"])
            for a in assignments:
                writer.writerow([a.locker_no, a.member_id, a.pin])
        return out


if __name__ == "__main__":
    import sys

    allocator = LockerPinAllocator()
    members = [int(x) for x in Path(sys.argv[2]).read_text().split()]
    print(allocator.export_for_keypads(sys.argv[1], allocator.allocate(members)))
