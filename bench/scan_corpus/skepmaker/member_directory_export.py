"""Export of the members' directory with a caller-selected set of columns."""
import click
import psycopg
from psycopg import sql

from skepmaker.config import settings

EXPORTABLE = ("display_name", "county", "joined_on", "hives_kept", "skep_courses_completed")


def select_columns(requested: list) -> list:
    chosen = [name for name in requested if name in EXPORTABLE]
    return chosen or list(EXPORTABLE)


def build_export_query(columns: list, county: str | None) -> sql.Composed:
    query = sql.SQL("SELECT {fields} FROM {table} WHERE listed = true").format(
        fields=sql.SQL(", ").join(sql.Identifier(c) for c in columns),
        table=sql.Identifier("members"),
    )
    if county:
        query = query + sql.SQL(" AND county = {county}").format(county=sql.Placeholder("county"))
    return query + sql.SQL(" ORDER BY {key}").format(key=sql.Identifier(columns[0]))


@click.command("export-directory")
@click.option("--column", "columns", multiple=True, help="Column to include (repeatable)")
@click.option("--county", default=None)
@click.option("--out", type=click.File("w"), default="-")
def export_directory(columns, county, out):
    chosen = select_columns(list(columns))
    query = build_export_query(chosen, county)
    with psycopg.connect(settings.MEMBERS_DB_DSN) as conn, conn.cursor() as cur:
        cur.execute(query, {"county": county})
        out.write("\t".join(chosen) + "\n")
        for row in cur:
            out.write("\t".join("" if v is None else str(v) for v in row) + "\n")


if __name__ == "__main__":
    export_directory()
