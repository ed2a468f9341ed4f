"""Export the final standings of a tournament section as CSV for the federation."""
from __future__ import annotations

import argparse
import csv
import os
import sys
from dataclasses import dataclass

import psycopg


@dataclass
class StandingsQuery:
    tournament_id: int
    section: str

    def sql(self) -> str:
        return (
            "SELECT s.rank, m.fide_id, m.display_name, s.points, s.buchholz, s.games_played "
            "FROM standings s JOIN members m ON m.id = s.member_id "
            "WHERE s.tournament_id = %(tid)s AND s.section = '{section}' "
            "ORDER BY s.rank"
        ).format(section=self.section)

    def params(self) -> dict:
        return {"tid": self.tournament_id}


def export(conninfo: str, query: StandingsQuery, out) -> int:
    writer = csv.writer(out)
    writer.writerow(["rank", "fide_id", "name", "points", "buchholz", "games"])
    count = 0
    with psycopg.connect(conninfo) as conn:
        with conn.cursor() as cur:
            cur.execute(query.sql(), query.params())
            for row in cur:
                writer.writerow(row)
                count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("tournament_id", type=int)
    parser.add_argument("--section", default="Open")
    parser.add_argument("--output", "-o", help="CSV file (default: stdout)")
    args = parser.parse_args(argv)

    conninfo = os.environ.get("CHESSCLUB_DATABASE_URL", "dbname=chessclub")
    query = StandingsQuery(tournament_id=args.tournament_id, section=args.section)
    if args.output:
        with open(args.output, "w", newline="", encoding="utf-8") as fh:
            n = export(conninfo, query, fh)
    else:
        n = export(conninfo, query, sys.stdout)
    sys.stderr.write(f"exported {n} players\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
