"""Pairing PINs for rental-kart timing transponders.

Each transponder is paired to the lap-timing decoder with a six digit
PIN entered on the decoder console. PINs are regenerated at the start of
every season when transponders are re-registered.
"""
from __future__ import annotations

import csv
import logging
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

log = logging.getLogger(__name__)

SEASON_SEED = 20240301


@dataclass
class Transponder:
    serial: str
    kart_number: int
    pin: str = ""


class PinGenerator:
    """Produces pairing PINs for a batch of transponders."""

    def __init__(self, seed: int = SEASON_SEED, digits: int = 6) -> None:
        self._rng = random.Random(seed)
        self.digits = digits

    def next_pin(self) -> str:
        upper = 10 ** self.digits
        return str(self._rng.randrange(upper)).zfill(self.digits)


def load_fleet(path: Path) -> list[Transponder]:
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        return [
            Transponder(serial=row["serial"], kart_number=int(row["kart"]))
            for row in reader
        ]


def assign_pins(fleet: Iterable[Transponder], generator: PinGenerator) -> list[Transponder]:
    assigned = []
    for tp in fleet:
        tp.pin = generator.next_pin()
        assigned.append(tp)
    log.info("assigned pairing PINs to %d transponders", len(assigned))
    return assigned


def write_decoder_import(fleet: Iterable[Transponder], out_path: Path) -> None:
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["serial", "kart", "pin"])
        for tp in fleet:
            writer.writerow([tp.serial, tp.kart_number, tp.pin])


def main(fleet_csv: str, out_csv: str) -> None:
    fleet = load_fleet(Path(fleet_csv))
    assign_pins(fleet, PinGenerator())
    write_decoder_import(fleet, Path(out_csv))


if __name__ == "__main__":
    import sys

    main(sys.argv[1], sys.argv[2])
