"""Read access to archived tack repair records.

Repair jobs are moved to a yearly archive table at the end of each
financial year. Office staff still look up old jobs when an owner
asks about a past restitch or a warranty claim on a saddle tree.
"""
import psycopg
from psycopg import sql

ARCHIVE_TABLES = {
    "2019": "repair_archive_2019",
    "2020": "repair_archive_2020",
    "2021": "repair_archive_2021",
    "2022": "repair_archive_2022",
    "2023": "repair_archive_2023",
}


class UnknownArchive(LookupError):
    pass


def _archive_table(year: str) -> sql.Identifier:
    table = ARCHIVE_TABLES.get(str(year).strip())
    if table is None:
        raise UnknownArchive(year)
    return sql.Identifier("archive", table)


def archived_jobs_for_owner(dsn: str, year: str, owner_email: str) -> list[tuple]:
    query = sql.SQL(
        "SELECT ticket_no, item_description, work_done, charged_pence, completed_on "
        "FROM {table} WHERE owner_email = %s ORDER BY completed_on"
    ).format(table=_archive_table(year))
    with psycopg.connect(dsn) as conn:
        return conn.execute(query, (owner_email.strip().lower(),)).fetchall()


def archived_job(dsn: str, year: str, ticket_no: str) -> tuple | None:
    query = sql.SQL("SELECT * FROM {table} WHERE ticket_no = %s").format(
        table=_archive_table(year)
    )
    with psycopg.connect(dsn) as conn:
        return conn.execute(query, (ticket_no,)).fetchone()
