"""Monthly rotation of keypad codes on trust-managed bridleway gates.

Run from cron on the 1st of each month; landowners receive the new code by
email a week before it becomes active on the keypad.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import random
from dataclasses import dataclass

import psycopg

log = logging.getLogger("gates.rotation")

CODE_LENGTH = 6
ROTATE_AFTER = dt.timedelta(days=30)
ACTIVATE_AFTER = dt.timedelta(days=7)


@dataclass
class Gate:
    id: int
    name: str
    landowner_email: str


def new_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choice("0123456789") for _ in range(length))


def gates_due(conn: psycopg.Connection, today: dt.date) -> list[Gate]:
    rows = conn.execute(
        "SELECT id, name, landowner_email FROM gates "
        "WHERE has_keypad AND (code_changed_on IS NULL OR code_changed_on < %s)",
        (today - ROTATE_AFTER,),
    ).fetchall()
    return [Gate(*r) for r in rows]


def rotate(conn: psycopg.Connection, notifier, today: dt.date | None = None) -> int:
    today = today or dt.date.today()
    changed = 0
    for gate in gates_due(conn, today):
        code = new_code()
        conn.execute(
            "UPDATE gates SET pending_code = %s, pending_from = %s, code_changed_on = %s "
            "WHERE id = %s",
            (code, today + ACTIVATE_AFTER, today, gate.id),
        )
        notifier.send_code(gate.landowner_email, gate.name, code, today + ACTIVATE_AFTER)
        log.info("queued new keypad code for gate %s (%s)", gate.id, gate.name)
        changed += 1
    conn.commit()
    return changed


if __name__ == "__main__":
    from bridlepath.notify import GateNotifier

    logging.basicConfig(level=logging.INFO)
    with psycopg.connect(os.environ["DATABASE_URL"]) as connection:
        total = rotate(connection, GateNotifier.from_env())
    log.info("rotated %d gate codes", total)
