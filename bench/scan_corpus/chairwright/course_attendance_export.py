"""Export attendance sheets for selected chair-making courses as CSV for the instructors."""
import argparse
import csv
import sqlite3
import sys
from typing import Sequence

COLUMNS = ("course_code", "course_title", "starts_on", "student_name", "email", "dietary", "tool_hire")


def fetch_attendance(conn: sqlite3.Connection, course_codes: Sequence[str]) -> list[tuple]:
    if not course_codes:
        return []
    placeholders = ",".join("?" * len(course_codes))
    sql = (
        "SELECT c.code, c.title, c.starts_on, s.full_name, s.email, b.dietary, b.tool_hire "
        "FROM bookings b JOIN courses c ON c.id = b.course_id "
        "JOIN students s ON s.id = b.student_id "
        f"WHERE c.code IN ({placeholders}) AND b.cancelled = 0 "
        "ORDER BY c.starts_on, s.full_name"
    )
    return conn.execute(sql, list(course_codes)).fetchall()


def write_csv(rows: list[tuple], out=sys.stdout) -> None:
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for *rest, tool_hire in rows:
        writer.writerow([*rest, "yes" if tool_hire else "no"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("codes", nargs="+", help="course codes, e.g. WSR-2405 LBK-2406")
    parser.add_argument("--db", default="/var/lib/chairwright/courses.db")
    parser.add_argument("--out", type=argparse.FileType("w"), default=sys.stdout)
    args = parser.parse_args(argv)

    with sqlite3.connect(args.db) as conn:
        rows = fetch_attendance(conn, [c.upper() for c in args.codes])
    write_csv(rows, args.out)
    print(f"{len(rows)} attendees", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
