"""Issue juice collection codes once a pressing batch is bottled.

Each drop-off booking gets a short code that the member shows at the
collection hatch to pick up their juice.
"""
from __future__ import annotations

import logging
import random
import sqlite3
import string
from datetime import date, timedelta

log = logging.getLogger(__name__)

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
COLLECTION_WINDOW_DAYS = 14


def new_collection_code() -> str:
    return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))


class CollectionCodeIssuer:
    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def _bookings_ready(self, batch_id: int) -> list[sqlite3.Row]:
        return self._conn.execute(
            """
            SELECT b.id, b.member_id, b.litres_due
              FROM dropoff_bookings AS b
             WHERE b.pressing_batch_id = ?
               AND b.collection_code IS NULL
            """,
            (batch_id,),
        ).fetchall()

    def _code_in_use(self, code: str) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM dropoff_bookings WHERE collection_code = ? AND collected_at IS NULL",
            (code,),
        ).fetchone()
        return row is not None

    def issue_for_batch(self, batch_id: int, bottled_on: date) -> int:
        expires = bottled_on + timedelta(days=COLLECTION_WINDOW_DAYS)
        issued = 0
        with self._conn:
            for booking in self._bookings_ready(batch_id):
                code = new_collection_code()
                while self._code_in_use(code):
                    code = new_collection_code()
                self._conn.execute(
                    "UPDATE dropoff_bookings SET collection_code = ?, code_expires = ? WHERE id = ?",
                    (code, expires.isoformat(), booking[0]),
                )
                issued += 1
        log.info("issued %d collection codes for batch %s", issued, batch_id)
        return issued


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Issue collection codes for a bottled batch")
    parser.add_argument("database")
    parser.add_argument("batch_id", type=int)
    parser.add_argument("--bottled-on", type=date.fromisoformat, default=date.today())
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    with sqlite3.connect(args.database) as db:
        CollectionCodeIssuer(db).issue_for_batch(args.batch_id, args.bottled_on)
