"""Microchip registry for the orchard's truffle dogs.

Used by the kennel and by hunt guides to confirm that the dog handed over at
the start of a tour is the one assigned to it.  Microchip numbers are the
15-digit ISO 11784 codes printed on each dog's vaccination passport.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

import psycopg

CHIP_PATTERN = re.compile(r"^\d{15}$")


@dataclass(frozen=True)
class Dog:
    id: int
    name: str
    breed: str
    microchip: str


def normalise_chip(raw: str) -> str:
    digits = re.sub(r"[\s-]", "", raw)
    if not CHIP_PATTERN.match(digits):
        raise ValueError("microchip numbers have 15 digits")
    return digits


class MicrochipRegistry:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def all_dogs(self) -> list[Dog]:
        with psycopg.connect(self._conninfo) as conn:
            rows = conn.execute("SELECT id, name, breed, microchip FROM dogs ORDER BY name").fetchall()
        return [Dog(*r) for r in rows]

    def find(self, raw_chip: str) -> Optional[Dog]:
        chip = normalise_chip(raw_chip)
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT id, name, breed, microchip FROM dogs WHERE microchip = %s", (chip,)
            ).fetchone()
        return Dog(*row) if row else None

    @staticmethod
    def is_assigned_dog(scanned: str, assigned: Dog) -> bool:
        return normalise_chip(scanned) == assigned.microchip

    def duplicates(self, dogs: Iterable[Dog]) -> list[str]:
        seen: set[str] = set()
        dupes = []
        for dog in dogs:
            if dog.microchip in seen:
                dupes.append(dog.microchip)
            seen.add(dog.microchip)
        return dupes
