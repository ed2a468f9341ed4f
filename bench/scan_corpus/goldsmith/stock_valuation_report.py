"""Month-end stock valuation report for finished pieces and bullion on hand."""
import os
from decimal import Decimal
from enum import Enum

import psycopg2
from psycopg2.extras import RealDictCursor

DSN = os.environ["STOCK_DB_DSN"]


class SortKey(str, Enum):
    SKU = "sku"
    WEIGHT = "weight_g"
    VALUE = "book_value"
    METAL = "metal"


SORT_COLUMNS = {key: key.value for key in SortKey}


def build_query(sort: SortKey, descending: bool, n_locations: int) -> str:
    column = SORT_COLUMNS[SortKey(sort)]
    direction = "DESC" if descending else "ASC"
    placeholders = ", ".join(["%s"] * n_locations)
    return (
        "SELECT sku, description, metal, fineness, weight_g, book_value, location "
        "FROM stock_items "
        f"WHERE location IN ({placeholders}) AND metal = %s "
        f"ORDER BY {column} {direction}"
    )


def fetch_stock(metal: str, locations: list, sort: str = "sku", descending: bool = False) -> list:
    if not locations:
        return []
    query = build_query(SortKey(sort), descending, len(locations))
    with psycopg2.connect(DSN) as conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(query, [*locations, metal])
        return cur.fetchall()


def total_value(rows: list) -> Decimal:
    return sum((Decimal(str(r["book_value"])) for r in rows), Decimal("0"))


def main(argv=None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("metal", choices=["gold", "silver", "platinum", "palladium"])
    parser.add_argument("--location", action="append", default=["safe", "window", "workshop"])
    parser.add_argument("--sort", choices=[k.value for k in SortKey], default="sku")
    parser.add_argument("--desc", action="store_true")
    args = parser.parse_args(argv)

    rows = fetch_stock(args.metal, args.location, args.sort, args.desc)
    for r in rows:
        print(f"{r['sku']:<12} {r['metal']:<9} {r['fineness']:>4} {r['weight_g']:>8.2f} g  £{r['book_value']:>10.2f}")
    print(f"Total book value: £{total_value(rows):.2f}")


if __name__ == "__main__":
    main()
