"""Yield summaries per vineyard block, grouped by a chosen dimension.

Used by the viticulture team's weekly report, run from the command line.
"""

import click
import psycopg
from psycopg import sql

from vintner.config import settings

GROUPINGS = ("block_code", "variety", "rootstock", "clone")


def yield_summary(conn: psycopg.Connection, vintage: int, group_by: str) -> list:
    if group_by not in GROUPINGS:
        raise ValueError(f"group_by must be one of {GROUPINGS}")
    query = sql.SQL(
        "SELECT {col}, SUM(tonnes) AS tonnes, AVG(brix) AS avg_brix, COUNT(*) AS picks "
        "FROM harvest_logs WHERE vintage = %s GROUP BY {col} ORDER BY tonnes DESC"
    ).format(col=sql.Identifier(group_by))
    with conn.cursor() as cur:
        cur.execute(query, (vintage,))
        return cur.fetchall()


@click.command()
@click.option("--vintage", type=int, required=True)
@click.option("--group-by", "group_by", default="block_code", show_default=True)
def main(vintage: int, group_by: str) -> None:
    with psycopg.connect(settings.DATABASE_URL) as conn:
        rows = yield_summary(conn, vintage, group_by)
    click.echo(f"{group_by:<14}{'tonnes':>10}{'brix':>8}{'picks':>7}")
    for key, tonnes, brix, picks in rows:
        click.echo(f"{str(key):<14}{float(tonnes):>10.2f}{float(brix):>8.1f}{picks:>7}")


if __name__ == "__main__":
    main()
