"""Flight log reports for the drone survey programme.

Pilots' flight logs are synced into a local SQLite database. The ops team
runs this command to list flights over a set of sites, for example when
checking survey coverage before a verification visit.
"""

import sqlite3
from pathlib import Path

import click

DEFAULT_DB = Path.home() / ".peatcutter" / "flightlogs.db"


def flights_for_sites(conn: sqlite3.Connection, site_codes: list[str], since: str) -> list[sqlite3.Row]:
    if not site_codes:
        return []
    placeholders = ", ".join("?" for _ in site_codes)
    sql = (
        "SELECT flight_ref, site_code, pilot, flown_on, area_ha, gsd_cm "
        f"FROM flight_logs WHERE site_code IN ({placeholders}) AND flown_on >= ? "
        "ORDER BY flown_on DESC"
    )
    return conn.execute(sql, [*site_codes, since]).fetchall()


def coverage_by_site(rows: list[sqlite3.Row]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for row in rows:
        totals[row["site_code"]] = totals.get(row["site_code"], 0.0) + row["area_ha"]
    return totals


@click.command()
@click.argument("sites", nargs=-1, required=True)
@click.option("--since", default="2024-01-01", show_default=True, help="Earliest flight date (YYYY-MM-DD).")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB)
def main(sites: tuple[str, ...], since: str, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        rows = flights_for_sites(conn, [s.upper() for s in sites], since)
    finally:
        conn.close()
    for row in rows:
        click.echo(f"{row['flown_on']}  {row['site_code']:<8} {row['flight_ref']:<14} {row['pilot']:<18} {row['area_ha']:>7.1f} ha")
    for site, area in sorted(coverage_by_site(rows).items()):
        click.echo(f"{site}: {area:.1f} ha flown")


if __name__ == "__main__":
    main()
