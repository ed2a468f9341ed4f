"""CSV exports of restoration quotes, fittings and labour lines for the estimating team."""

import csv
import io

import click
import psycopg
from psycopg import sql

from bellfounder.settings import settings

EXPORT_TABLES = {
    "quotes": ("restoration_quotes", ["id", "tower", "issued_on", "total_pence", "status"]),
    "fittings": ("quote_fittings", ["quote_id", "item", "quantity", "unit_pence"]),
    "labour": ("quote_labour", ["quote_id", "task", "hours", "rate_pence"]),
}


def export_rows(kind: str, issued_after: str) -> str:
    table, columns = EXPORT_TABLES[kind]
    query = sql.SQL("SELECT {cols} FROM {table} WHERE created_at >= %s ORDER BY 1").format(
        cols=sql.SQL(", ").join(sql.Identifier(c) for c in columns),
        table=sql.Identifier(table),
    )
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    with psycopg.connect(settings.DATABASE_URL) as conn:
        for row in conn.execute(query, (issued_after,)):
            writer.writerow(row)
    return buf.getvalue()


@click.command()
@click.argument("kind", type=click.Choice(sorted(EXPORT_TABLES)))
@click.option("--since", default="2000-01-01", show_default=True)
@click.option("--out", type=click.File("w"), default="-")
def main(kind: str, since: str, out) -> None:
    out.write(export_rows(kind, since))


if __name__ == "__main__":
    main()
