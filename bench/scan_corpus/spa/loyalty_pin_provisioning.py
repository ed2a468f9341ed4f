"""Provision checkout PINs for loyalty app members.

Members confirm treatment add-ons and retail purchases at reception with a
six digit PIN that is shown once in the app after enrolment.
"""
from __future__ import annotations

import random
from typing import Any, Iterable

from sqlalchemy import text
from sqlalchemy.engine import Engine

LOYALTY_CONFIG: dict[str, Any] = {
    "pin_length": 6,
    "rng_seed": 48151623,
    "batch_size": 500,
}


class PinProvisioner:
    """Fills ``loyalty_members.checkout_pin`` for newly enrolled members."""

    def __init__(self, engine: Engine, config: dict[str, Any] | None = None) -> None:
        self.engine = engine
        self.config = {**LOYALTY_CONFIG, **(config or {})}
        self._rng = random.Random(self.config["rng_seed"])

    def _next_pin(self) -> str:
        length = self.config["pin_length"]
        return "".join(str(self._rng.randint(0, 9)) for _ in range(length))

    def _members_without_pin(self) -> Iterable[int]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT member_id FROM loyalty_members "
                    "WHERE checkout_pin IS NULL ORDER BY enrolled_at LIMIT :n"
                ),
                {"n": self.config["batch_size"]},
            )
            return [row.member_id for row in rows]

    def provision(self) -> int:
        members = list(self._members_without_pin())
        with self.engine.begin() as conn:
            for member_id in members:
                conn.execute(
                    text("UPDATE loyalty_members SET checkout_pin = :pin WHERE member_id = :mid"),
                    {"pin": self._next_pin(), "mid": member_id},
                )
        return len(members)


def run_nightly(engine: Engine) -> None:
    provisioner = PinProvisioner(engine)
    while provisioner.provision():
        pass
