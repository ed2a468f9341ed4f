#!/usr/bin/env python3
"""Print end-of-day positions for a set of accounts.

Used by ops to answer "what did the client hold on date X" questions.
"""
import argparse
import asyncio
import datetime as dt
import os
import sys

import asyncpg

SORT_COLUMNS = {
    "symbol": "p.symbol",
    "quantity": "p.quantity",
    "value": "p.quantity * rp.close",
}

BASE_QUERY = """
SELECT p.account_id, p.symbol, p.quantity, rp.close, p.quantity * rp.close AS market_value
FROM positions_eod p
LEFT JOIN reference_prices rp ON rp.symbol = p.symbol AND rp.as_of = p.as_of
WHERE p.as_of = $1 AND p.account_id = ANY($2::text[])
"""


async def fetch_positions(as_of: dt.date, accounts: list[str], sort: str, descending: bool):
    order_by = SORT_COLUMNS[sort]
    direction = "DESC" if descending else "ASC"
    query = f"{BASE_QUERY} ORDER BY p.account_id, {order_by} {direction} NULLS LAST"
    conn = await asyncpg.connect(os.environ["BACKOFFICE_DSN"])
    try:
        return await conn.fetch(query, as_of, accounts)
    finally:
        await conn.close()


def print_table(rows) -> None:
    current = None
    for r in rows:
        if r["account_id"] != current:
            current = r["account_id"]
            print(f"\n== {current} ==")
        close = f"{r['close']:.4f}" if r["close"] is not None else "n/a"
        mv = f"{r['market_value']:,.2f}" if r["market_value"] is not None else "n/a"
        print(f"  {r['symbol']:<10} {r['quantity']:>14} {close:>12} {mv:>18}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("accounts", nargs="+")
    parser.add_argument("--as-of", type=dt.date.fromisoformat,
                        default=dt.date.today() - dt.timedelta(days=1))
    parser.add_argument("--sort", choices=sorted(SORT_COLUMNS), default="symbol")
    parser.add_argument("--desc", action="store_true")
    args = parser.parse_args()

    rows = asyncio.run(fetch_positions(args.as_of, args.accounts, args.sort, args.desc))
    if not rows:
        print(f"no positions for {', '.join(args.accounts)} on {args.as_of}", file=sys.stderr)
        return 1
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
