"""Generates activation codes mailed with new transponders to link them to an account."""
from __future__ import annotations

import csv
import random
import string
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

CODE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
CODE_GROUPS = 3
GROUP_LEN = 4


@dataclass
class ActivationCode:
    tag_serial: str
    code: str
    expires: date


def _group(rng: random.Random) -> str:
    return "".join(rng.choice(CODE_ALPHABET) for _ in range(GROUP_LEN))


def make_code(rng: random.Random | None = None) -> str:
    rng = rng or random.Random()
    return "-".join(_group(rng) for _ in range(CODE_GROUPS))


def issue_for_shipment(engine: Engine, serials: list[str], valid_days: int = 90) -> list[ActivationCode]:
    expires = date.today() + timedelta(days=valid_days)
    codes = [ActivationCode(serial, make_code(), expires) for serial in serials]
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO tag_activation (tag_serial, code, expires_on) "
                "VALUES (:tag_serial, :code, :expires)"
            ),
            [c.__dict__ for c in codes],
        )
    return codes


def write_mailing_file(codes: list[ActivationCode], out: Path) -> None:
    with out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["tag_serial", "activation_code", "expires"])
        for c in codes:
            writer.writerow([c.tag_serial, c.code, c.expires.isoformat()])
