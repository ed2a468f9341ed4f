"""Nightly sync of orders and stock movements into the accounting ERP.

Runs from cron on the office server at 02:00. Reads the day's invoices and
packed pallets from the order book and pushes them into the ERP's staging
schema, where the accountant's import picks them up.
"""
import logging
import os
import sys
from datetime import date, timedelta

import psycopg2

log = logging.getLogger("erp_sync")


def erp_dsn() -> str:
    return (
        f"postgresql://{os.environ['ERP_DB_USER']}:{os.environ['ERP_DB_PASSWORD']}"
        f"@{os.environ.get('ERP_DB_HOST', 'erp-db.office.lan')}:5432/{os.environ.get('ERP_DB_NAME', 'erp')}"
    )


def connect_erp():
    dsn = erp_dsn()
    log.info("connecting to ERP staging database %s", dsn)
    return psycopg2.connect(dsn)


def fetch_invoices(orders_conn, day: date) -> list:
    with orders_conn.cursor() as cur:
        cur.execute(
            "SELECT number, customer_code, issued_on, net_eur, vat_eur FROM invoices WHERE issued_on = %s",
            (day,),
        )
        return cur.fetchall()


def push_invoices(erp_conn, rows: list) -> int:
    with erp_conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO staging.sales_invoices (doc_no, debtor, doc_date, net, vat) "
            "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (doc_no) DO NOTHING",
            rows,
        )
        return cur.rowcount


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    day = date.today() - timedelta(days=1)
    orders_conn = psycopg2.connect(os.environ["ORDERS_DATABASE_URL"])
    erp_conn = connect_erp()
    try:
        invoices = fetch_invoices(orders_conn, day)
        pushed = push_invoices(erp_conn, invoices)
        erp_conn.commit()
        log.info("pushed %d of %d invoices for %s", pushed, len(invoices), day)
        return 0
    except psycopg2.Error:
        erp_conn.rollback()
        log.exception("ERP sync failed for %s", day)
        return 1
    finally:
        orders_conn.close()
        erp_conn.close()


if __name__ == "__main__":
    sys.exit(main())
