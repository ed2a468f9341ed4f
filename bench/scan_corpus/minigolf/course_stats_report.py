"""Per-hole difficulty report for course designers (which holes eat the most strokes)."""
from __future__ import annotations

import argparse
import csv
import sqlite3
import sys

SORT_COLUMNS = {
    "hole": "h.hole_number",
    "average": "avg_strokes",
    "aces": "aces",
    "over_par": "over_par_rate",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def hole_stats(conn: sqlite3.Connection, venue_id: int, course: str, sort: str, direction: str):
    order_column = SORT_COLUMNS[sort]
    order_direction = DIRECTIONS[direction]
    sql = (
        "SELECT h.hole_number, h.par, AVG(h.strokes) AS avg_strokes, "
        "SUM(CASE WHEN h.strokes = 1 THEN 1 ELSE 0 END) AS aces, "
        "AVG(CASE WHEN h.strokes > h.par THEN 1.0 ELSE 0.0 END) AS over_par_rate "
        "FROM scorecard_holes h JOIN scorecards s ON s.id = h.scorecard_id "
        "WHERE s.venue_id = ? AND s.course_name = ? AND s.completed = 1 "
        f"GROUP BY h.hole_number, h.par ORDER BY {order_column} {order_direction}"
    )
    return conn.execute(sql, (venue_id, course)).fetchall()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Hole difficulty report")
    parser.add_argument("database")
    parser.add_argument("venue_id", type=int)
    parser.add_argument("--course", default="classic")
    parser.add_argument("--sort", choices=sorted(SORT_COLUMNS), default="average")
    parser.add_argument("--direction", choices=sorted(DIRECTIONS), default="desc")
    args = parser.parse_args(argv)

    with sqlite3.connect(args.database) as conn:
        rows = hole_stats(conn, args.venue_id, args.course, args.sort, args.direction)

    writer = csv.writer(sys.stdout)
    writer.writerow(["hole", "par", "avg_strokes", "aces", "over_par_rate"])
    for hole, par, avg, aces, over in rows:
        writer.writerow([hole, par, f"{avg:.2f}", aces, f"{over:.0%}"])
    if not rows:
        print(f"no completed rounds for venue {args.venue_id} course {args.course}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
