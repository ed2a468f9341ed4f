"""Weekly quality-assurance sample of session notes for the education lead to review."""
from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
from datetime import date, timedelta


def week_bounds(any_day: date) -> tuple[date, date]:
    start = any_day - timedelta(days=any_day.weekday())
    return start, start + timedelta(days=6)


def load_note_ids(conn: sqlite3.Connection, start: date, end: date) -> list[tuple[int, int]]:
    return conn.execute(
        "SELECT id, tutor_id FROM session_notes WHERE date(created_at) BETWEEN ? AND ? ORDER BY id",
        (start.isoformat(), end.isoformat()),
    ).fetchall()


def sample_notes(rows: list[tuple[int, int]], per_tutor: int, week_start: date) -> list[int]:
    """Pick up to `per_tutor` notes per tutor; reproducible for a given week so reruns agree."""
    rng = random.Random(week_start.toordinal())
    by_tutor: dict[int, list[int]] = {}
    for note_id, tutor_id in rows:
        by_tutor.setdefault(tutor_id, []).append(note_id)
    picked: list[int] = []
    for tutor_id in sorted(by_tutor):
        notes = by_tutor[tutor_id]
        picked.extend(rng.sample(notes, k=min(per_tutor, len(notes))))
    return sorted(picked)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--week-of", type=date.fromisoformat, default=date.today() - timedelta(days=7))
    parser.add_argument("--per-tutor", type=int, default=2)
    args = parser.parse_args(argv)

    start, end = week_bounds(args.week_of)
    conn = sqlite3.connect(args.db)
    try:
        rows = load_note_ids(conn, start, end)
    finally:
        conn.close()

    writer = csv.writer(sys.stdout)
    writer.writerow(["week_start", "note_id"])
    for note_id in sample_notes(rows, args.per_tutor, start):
        writer.writerow([start.isoformat(), note_id])
    return 0


if __name__ == "__main__":
    sys.exit(main())
