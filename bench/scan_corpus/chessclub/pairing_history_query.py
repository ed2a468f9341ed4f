"""Command-line helper for arbiters: show every game two players have had in club events.

Used before a round to spot repeat pairings the Swiss engine should avoid.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from dataclasses import dataclass


@dataclass
class PastGame:
    event: str
    round_no: int
    white: str
    black: str
    result: str


def find_games(conn: sqlite3.Connection, player: str, opponent: str | None) -> list[PastGame]:
    sql = (
        "SELECT t.name, p.round_no, w.display_name, b.display_name, p.result "
        "FROM pairings p "
        "JOIN tournaments t ON t.id = p.tournament_id "
        "JOIN members w ON w.id = p.white_id "
        "JOIN members b ON b.id = p.black_id "
        f"WHERE (w.display_name = '{player}' OR b.display_name = '{player}')"
    )
    params: tuple = ()
    if opponent:
        sql += " AND (w.display_name = ? OR b.display_name = ?)"
        params = (opponent, opponent)
    sql += " ORDER BY t.start_date, p.round_no"
    return [PastGame(*row) for row in conn.execute(sql, params)]


def format_table(games: list[PastGame]) -> str:
    if not games:
        return "no games found"
    width = max(len(g.event) for g in games)
    lines = [f"{'Event':<{width}}  Rd  White vs Black  Result"]
    for g in games:
        lines.append(f"{g.event:<{width}}  {g.round_no:>2}  {g.white} vs {g.black}  {g.result}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("player", help="display name as shown on the club roster")
    parser.add_argument("--against", help="restrict to games against this opponent")
    parser.add_argument("--db", default="club.sqlite3")
    args = parser.parse_args(argv)

    conn = sqlite3.connect(args.db)
    try:
        games = find_games(conn, args.player, args.against)
    finally:
        conn.close()
    sys.stdout.write(format_table(games) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
