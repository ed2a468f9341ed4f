"""Monthly account statements for trade customers on credit terms.

Credit control runs this at month end for a list of account codes; the CSV
of open invoices is attached to each customer's statement letter.
"""
import csv
import io
import sqlite3
from datetime import date

import click

LEDGER_DB = "/srv/ropewalk/accounts/ledger.sqlite3"


def _placeholders(count: int) -> str:
    return ", ".join("?" for _ in range(count))


def open_invoices(conn: sqlite3.Connection, account_codes: list[str], as_of: date) -> list[tuple]:
    if not account_codes:
        return []
    sql = (
        "SELECT account_code, invoice_no, invoice_date, due_date, gross_total, paid_total "
        f"FROM invoices WHERE account_code IN ({_placeholders(len(account_codes))}) "
        "AND invoice_date <= ? AND gross_total > paid_total "
        "ORDER BY account_code, invoice_date"
    )
    return conn.execute(sql, [*account_codes, as_of.isoformat()]).fetchall()


def statement_csv(rows: list[tuple]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Account", "Invoice", "Date", "Due", "Gross", "Paid", "Outstanding"])
    for account, invoice_no, inv_date, due, gross, paid in rows:
        writer.writerow([account, invoice_no, inv_date, due, gross, paid, round(gross - paid, 2)])
    return out.getvalue()


@click.command()
@click.argument("account_codes", nargs=-1, required=True)
@click.option("--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), default=str(date.today()))
@click.option("--out", type=click.File("w"), default="-")
def main(account_codes: tuple[str, ...], as_of, out) -> None:
    with sqlite3.connect(LEDGER_DB) as conn:
        rows = open_invoices(conn, [c.upper() for c in account_codes], as_of.date())
    out.write(statement_csv(rows))


if __name__ == "__main__":
    main()
