"""Archive queries for issued inspection certificates.

Issued certificates are partitioned into one table per year
(certificates_2019, certificates_2020, ...) in the QA archive database.
Customers' auditors request everything issued against a purchase order.
"""
from datetime import date

import psycopg
from psycopg import sql

from qa.config import settings

FIRST_ARCHIVE_YEAR = 2012


def archive_table(year: int) -> sql.Identifier:
    year = int(year)
    if not FIRST_ARCHIVE_YEAR <= year <= date.today().year:
        raise ValueError(f"no certificate archive for {year}")
    return sql.Identifier(f"certificates_{year}")


def certificates_for_po(customer_code: str, po_number: str, year: int) -> list[tuple]:
    query = sql.SQL(
        "SELECT cert_no, heat_no, pattern_no, issued_on, inspector "
        "FROM {table} WHERE customer_code = %s AND po_number = %s ORDER BY issued_on"
    ).format(table=archive_table(year))
    with psycopg.connect(settings.QA_ARCHIVE_DSN) as conn:
        with conn.cursor() as cur:
            cur.execute(query, (customer_code, po_number))
            return cur.fetchall()


def certificates_for_po_all_years(customer_code: str, po_number: str) -> list[tuple]:
    results = []
    for year in range(FIRST_ARCHIVE_YEAR, date.today().year + 1):
        results.extend(certificates_for_po(customer_code, po_number, year))
    return results


def certificate_count_by_year() -> dict[int, int]:
    counts = {}
    with psycopg.connect(settings.QA_ARCHIVE_DSN) as conn, conn.cursor() as cur:
        for year in range(FIRST_ARCHIVE_YEAR, date.today().year + 1):
            cur.execute(sql.SQL("SELECT count(*) FROM {}").format(archive_table(year)))
            counts[year] = cur.fetchone()[0]
    return counts
