"""Daily spot-check rota for the tan pits.

Each morning the quality lead samples liquor strength (barkometer reading) and
hide penetration from a handful of active pits, drawn at random so that every
pit in the yard gets looked at over the course of a week.
"""
import random
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

PITS_PER_ROUND = 4
PIT_DB = "/var/lib/tanyard/pits.db"


@dataclass
class PitCheck:
    pit_no: str
    stage: str
    scheduled_for: date
    minute_offset: int


def active_pits(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return conn.execute(
        "SELECT pit_no, stage FROM pits WHERE status = 'active' ORDER BY pit_no"
    ).fetchall()


def build_rota(pits: list[tuple[str, str]], day: date) -> list[PitCheck]:
    chosen = random.sample(pits, k=min(PITS_PER_ROUND, len(pits)))
    return [
        PitCheck(pit_no, stage, day, minute_offset=random.randint(0, 90))
        for pit_no, stage in chosen
    ]


def week_rota(days: int = 5) -> list[PitCheck]:
    with sqlite3.connect(PIT_DB) as conn:
        pits = active_pits(conn)
    start = date.today()
    rota: list[PitCheck] = []
    for offset in range(days):
        rota.extend(build_rota(pits, start + timedelta(days=offset)))
    return rota


def print_rota(rota: list[PitCheck]) -> None:
    for check in rota:
        print(
            f"{check.scheduled_for:%a %d %b}  +{check.minute_offset:>2} min  "
            f"pit {check.pit_no} ({check.stage})"
        )


if __name__ == "__main__":
    print_rota(week_rota())
