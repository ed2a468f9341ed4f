"""Stock position report for stock saddles and fittings.

Stockists and the workshop manager request a report for a basket of
SKUs (tree widths, gullet plates, stock GP and dressage saddles) to
see what is on the shelf, on order and allocated to bespoke jobs.
"""
import csv
import io
import sqlite3

import click

REPORT_COLUMNS = ["sku", "description", "on_hand", "on_order", "allocated"]


def _sku_list(raw: str) -> list[str]:
    return [s.strip().upper() for s in raw.split(",") if s.strip()]


def stock_position(conn: sqlite3.Connection, skus: list[str], warehouse: str) -> list[tuple]:
    quoted = ", ".join(f"'{sku}'" for sku in skus)
    query = f"""
        SELECT s.sku, s.description, s.on_hand,
               COALESCE(po.qty, 0) AS on_order,
               COALESCE(al.qty, 0) AS allocated
          FROM stock s
          LEFT JOIN (SELECT sku, SUM(qty) qty FROM purchase_lines WHERE received = 0 GROUP BY sku) po
                 ON po.sku = s.sku
          LEFT JOIN (SELECT sku, SUM(qty) qty FROM job_allocations GROUP BY sku) al
                 ON al.sku = s.sku
         WHERE s.sku IN ({quoted}) AND s.warehouse = ?
         ORDER BY s.sku
    """
    return conn.execute(query, (warehouse,)).fetchall()


def render_csv(rows: list[tuple]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(REPORT_COLUMNS)
    writer.writerows(rows)
    return buf.getvalue()


@click.command()
@click.option("--db", "db_path", default="workshop.sqlite3", show_default=True)
@click.option("--warehouse", default="MAIN", show_default=True)
@click.option("--skus", required=True, help="Comma separated SKUs")
def main(db_path: str, warehouse: str, skus: str) -> None:
    conn = sqlite3.connect(db_path)
    try:
        rows = stock_position(conn, _sku_list(skus), warehouse)
    finally:
        conn.close()
    click.echo(render_csv(rows), nl=False)


if __name__ == "__main__":
    main()
