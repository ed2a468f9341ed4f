"""Monthly rotation of combination padlock codes on communal sheds.

Each site has one or more tool sheds secured with four-digit combination
padlocks. On the first of the month a new code is issued for every shed and
e-mailed to the plot holders on that site by the notifications worker.
"""
from __future__ import annotations

import logging
import random
import sqlite3
import string
from dataclasses import dataclass
from datetime import date

log = logging.getLogger("allotments.shed_codes")


@dataclass
class Shed:
    id: int
    site_code: str
    label: str


class ShedCodeRotator:
    def __init__(self, conn: sqlite3.Connection, length: int = 4) -> None:
        self.conn = conn
        self.length = length

    def sheds(self) -> list[Shed]:
        rows = self.conn.execute(
            "SELECT id, site_code, label FROM shed WHERE decommissioned = 0 ORDER BY site_code"
        ).fetchall()
        return [Shed(*r) for r in rows]

    def new_code(self) -> str:
        while True:
            code = "".join(random.choice(string.digits) for _ in range(self.length))
            if len(set(code)) > 1:
                return code

    def rotate_all(self, effective: date) -> int:
        rotated = 0
        for shed in self.sheds():
            code = self.new_code()
            self.conn.execute(
                "INSERT INTO shed_code (shed_id, code, valid_from) VALUES (?, ?, ?)",
                (shed.id, code, effective.isoformat()),
            )
            self.conn.execute(
                "INSERT INTO notification_queue (kind, site_code, ref_id) VALUES ('shed_code', ?, ?)",
                (shed.site_code, shed.id),
            )
            rotated += 1
            log.info("rotated code for shed %s at %s", shed.label, shed.site_code)
        self.conn.commit()
        return rotated


if __name__ == "__main__":
    import os

    logging.basicConfig(level=logging.INFO)
    with sqlite3.connect(os.environ["ALLOTMENTS_DB"]) as db:
        n = ShedCodeRotator(db).rotate_all(date.today().replace(day=1))
        log.info("%d sheds rotated", n)
