"""Picks finished dials for a second-person quality inspection before crating."""

from __future__ import annotations

import argparse
import logging
import random
import sqlite3
import time
from dataclasses import dataclass

log = logging.getLogger("qa_sampler")

SAMPLE_RATE = 0.15
MIN_SAMPLE = 2


@dataclass
class FinishedDial:
    commission_id: int
    dial_type: str
    material: str
    engraver: str


def finished_today(conn: sqlite3.Connection) -> list[FinishedDial]:
    rows = conn.execute(
        "SELECT commission_id, dial_type, material, engraver FROM workshop_output "
        "WHERE finished_on = date('now') AND qa_status IS NULL"
    ).fetchall()
    return [FinishedDial(*r) for r in rows]


def choose_for_inspection(dials: list[FinishedDial], rng: random.Random | None = None) -> list[FinishedDial]:
    rng = rng or random.Random()
    if not dials:
        return []
    size = min(len(dials), max(MIN_SAMPLE, round(len(dials) * SAMPLE_RATE)))
    return rng.sample(dials, size)


def mark_selected(conn: sqlite3.Connection, selected: list[FinishedDial], attempts: int = 4) -> None:
    for attempt in range(attempts):
        try:
            with conn:
                conn.executemany(
                    "UPDATE workshop_output SET qa_status = 'pending' WHERE commission_id = ?",
                    [(d.commission_id,) for d in selected],
                )
            return
        except sqlite3.OperationalError:
            time.sleep(0.2 * 2 ** attempt + random.uniform(0, 0.1))
    raise RuntimeError("database stayed locked while marking QA sample")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="workshop.db")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    conn = sqlite3.connect(args.db, timeout=5)
    selected = choose_for_inspection(finished_today(conn))
    mark_selected(conn, selected)
    for dial in selected:
        log.info("inspect commission %s (%s, %s) engraved by %s",
                 dial.commission_id, dial.dial_type, dial.material, dial.engraver)


if __name__ == "__main__":
    main()
