#!/usr/bin/env python3
"""Print upcoming fixtures for a team."""
import argparse
import os
import sqlite3
from datetime import date

DEFAULT_DB = os.environ.get("CLUB_DB_PATH", "club.sqlite3")

BASE_SELECT = (
    "SELECT f.kickoff, h.name, a.name, v.name "
    "FROM fixtures f "
    "JOIN teams h ON h.id = f.home_team_id "
    "JOIN teams a ON a.id = f.away_team_id "
    "JOIN venues v ON v.id = f.venue_id "
)


def build_query(team: str) -> str:
    where = f"WHERE (h.name = '{team}' OR a.name = '{team}') AND f.kickoff >= ? "
    return BASE_SELECT + where + "ORDER BY f.kickoff"


def run_report(conn: sqlite3.Connection, query: str, since: date) -> list[tuple]:
    return conn.execute(query, (since.isoformat(),)).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("team")
    parser.add_argument("--since", type=date.fromisoformat, default=date.today())
    parser.add_argument("--db", default=DEFAULT_DB)
    args = parser.parse_args()

    with sqlite3.connect(args.db) as conn:
        rows = run_report(conn, build_query(args.team), args.since)

    if not rows:
        print(f"No fixtures for {args.team}")
        return
    for kickoff, home, away, venue in rows:
        print(f"{kickoff:<20} {home:>25} v {away:<25} @ {venue}")


if __name__ == "__main__":
    main()
