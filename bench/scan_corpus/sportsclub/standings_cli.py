"""League standings from the results database."""
import sqlite3

import click

SORT_COLUMNS = {
    "points": "points DESC, goal_diff DESC, goals_for DESC",
    "goals": "goals_for DESC, points DESC",
    "name": "team_name ASC",
}

STANDINGS_SQL = """
SELECT team_name, played, won, drawn, lost, goals_for, goals_against,
       goals_for - goals_against AS goal_diff, points
FROM standings
WHERE division_id = ? AND season = ?
ORDER BY {order}
"""


@click.command()
@click.argument("division_id", type=int)
@click.option("--season", required=True)
@click.option("--sort", "sort_key", type=click.Choice(sorted(SORT_COLUMNS)), default="points", show_default=True)
@click.option("--db", envvar="CLUB_DB_PATH", default="club.sqlite3")
def standings(division_id: int, season: str, sort_key: str, db: str) -> None:
    """Print the table for DIVISION_ID."""
    query = STANDINGS_SQL.format(order=SORT_COLUMNS[sort_key])
    with sqlite3.connect(db) as conn:
        rows = conn.execute(query, (division_id, season)).fetchall()
    click.echo(f"{'Team':<24}{'P':>4}{'W':>4}{'D':>4}{'L':>4}{'GF':>5}{'GA':>5}{'GD':>5}{'Pts':>5}")
    for name, p, w, d, l, gf, ga, gd, pts in rows:
        click.echo(f"{name:<24}{p:>4}{w:>4}{d:>4}{l:>4}{gf:>5}{ga:>5}{gd:>+5}{pts:>5}")


if __name__ == "__main__":
    standings()
