"""Generates and assigns key-safe codes for each confirmed arrival."""
from __future__ import annotations

import logging
import secrets
import string
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("shepherdhut.keysafe")


@dataclass(frozen=True)
class KeySafeSettings:
    digits: int = 6
    avoid_repeats: bool = True


class KeySafeCodeGenerator:
    def __init__(self, settings: KeySafeSettings = KeySafeSettings()) -> None:
        self.settings = settings

    def _looks_guessable(self, code: str) -> bool:
        if len(set(code)) == 1:
            return True
        return code in string.digits or code in string.digits[::-1]

    def new_code(self) -> str:
        while True:
            code = "".join(secrets.choice(string.digits) for _ in range(self.settings.digits))
            if not (self.settings.avoid_repeats and self._looks_guessable(code)):
                return code


def assign_codes(engine: Engine, arrival: date, generator: KeySafeCodeGenerator | None = None) -> int:
    generator = generator or KeySafeCodeGenerator()
    with engine.begin() as conn:
        huts = conn.execute(
            text(
                "SELECT DISTINCT b.hut_id FROM bookings b "
                "WHERE b.arrival_date = :arrival AND b.status = 'confirmed'"
            ),
            {"arrival": arrival},
        ).scalars().all()
        for hut_id in huts:
            conn.execute(
                text("UPDATE key_safes SET code = :code, valid_from = :arrival WHERE hut_id = :hut_id"),
                {"code": generator.new_code(), "arrival": arrival, "hut_id": hut_id},
            )
    log.info("assigned key-safe codes for %d huts arriving %s", len(huts), arrival)
    return len(huts)
