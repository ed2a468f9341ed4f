#!/usr/bin/env python3
"""Render the weekend fixtures poster (HTML -> PDF via wkhtmltopdf) for the clubhouse noticeboard."""
import argparse
import html
import sqlite3
import subprocess
import tempfile
from datetime import date, timedelta
from pathlib import Path


def weekend_fixtures(db: str, saturday: date) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT kickoff, home, away, venue FROM fixture_view "
            "WHERE date(kickoff) BETWEEN ? AND ? ORDER BY kickoff",
            (saturday.isoformat(), (saturday + timedelta(days=1)).isoformat()),
        ).fetchall()


def render_html(rows: list[tuple], saturday: date) -> str:
    body = "\n".join(
        "<tr>" + "".join(f"<td>{html.escape(str(cell))}</td>" for cell in row) + "</tr>"
        for row in rows
    )
    return (
        f"<html><head><meta charset='utf-8'></head><body>"
        f"<h1>Fixtures w/e {saturday:%d %b %Y}</h1><table>{body}</table></body></html>"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--saturday", type=date.fromisoformat, required=True)
    ap.add_argument("--db", default="club.sqlite3")
    ap.add_argument("-o", "--output", type=Path, default=Path("fixtures.pdf"))
    args = ap.parse_args()

    page = render_html(weekend_fixtures(args.db, args.saturday), args.saturday)
    html_path = tempfile.mktemp(suffix=".html", prefix="poster-")
    with open(html_path, "w", encoding="utf-8") as fh:
        fh.write(page)
    try:
        subprocess.run(["wkhtmltopdf", "--quiet", html_path, str(args.output)], check=True)
    finally:
        Path(html_path).unlink(missing_ok=True)
    print(f"Poster written to {args.output}")


if __name__ == "__main__":
    main()
