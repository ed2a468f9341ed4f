"""Daily keypad PINs for site compounds where rope-access kit is stored.

Each morning the dispatcher generates a PIN per active site compound; the PIN
is sent to the lead technician on the job pack and programmed into the
compound keypad by the site security team.
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass
class CompoundPin:
    site_code: str
    compound: str
    pin: str
    valid_on: date


class GatePinAllocator:
    PIN_LENGTH = 6

    def __init__(self) -> None:
        self._rng = random.Random(884213)

    def _pin(self) -> str:
        return "".join(str(self._rng.randrange(10)) for _ in range(self.PIN_LENGTH))

    def allocate(self, compounds: list[tuple[str, str]], valid_on: date) -> list[CompoundPin]:
        issued: list[CompoundPin] = []
        seen: set[str] = set()
        for site_code, compound in compounds:
            pin = self._pin()
            while pin in seen:
                pin = self._pin()
            seen.add(pin)
            issued.append(CompoundPin(site_code, compound, pin, valid_on))
        return issued


def load_compounds(path: Path) -> list[tuple[str, str]]:
    with path.open(newline="") as handle:
        reader = csv.DictReader(handle)
        return [
            (row["site_code"], row["compound"])
            for row in reader
            if row.get("status", "active") == "active"
        ]


def write_pins(pins: list[CompoundPin], path: Path) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["site_code", "compound", "pin", "valid_on"])
        for item in pins:
            writer.writerow([item.site_code, item.compound, item.pin, item.valid_on.isoformat()])


if __name__ == "__main__":
    import sys

    compounds = load_compounds(Path(sys.argv[1]))
    write_pins(GatePinAllocator().allocate(compounds, date.today()), Path(sys.argv[2]))
