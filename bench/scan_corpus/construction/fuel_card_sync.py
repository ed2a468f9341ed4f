#!/usr/bin/env python3
"""Nightly import of fuel card transactions for plant and fleet vehicles.

Fetches the previous day's transactions from the fuel card provider and
allocates them to assets and cost codes by card number.
"""
import argparse
import logging
import os
import sys
from datetime import date, timedelta

import httpx

from plant.allocation import allocate_transactions
from plant.config import load_config

log = logging.getLogger("fuel_card_sync")


def fetch_transactions(base_url: str, api_key: str, account: str, day: date) -> list[dict]:
    headers = {"X-Api-Key": api_key, "Accept": "application/json"}
    params = {"account": account, "from": day.isoformat(), "to": day.isoformat(), "pageSize": 500}
    results: list[dict] = []
    with httpx.Client(base_url=base_url, headers=headers, timeout=30.0) as client:
        page = 1
        while True:
            resp = client.get("/v1/transactions", params={**params, "page": page})
            if resp.status_code == 401:
                log.error("fuel card API rejected credentials for account %s (key=%s)", account, api_key)
                raise SystemExit(2)
            resp.raise_for_status()
            body = resp.json()
            results.extend(body["transactions"])
            if page >= body["totalPages"]:
                break
            page += 1
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--day", type=date.fromisoformat, default=date.today() - timedelta(days=1))
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    cfg = load_config()
    api_key = os.environ["FUEL_CARD_API_KEY"]

    txns = fetch_transactions(cfg.fuel_card_api_url, api_key, cfg.fuel_card_account, args.day)
    log.info("fetched %d transactions for %s", len(txns), args.day)
    allocated, unmatched = allocate_transactions(txns, dry_run=args.dry_run)
    log.info("allocated %d, unmatched %d", allocated, len(unmatched))
    for t in unmatched:
        log.warning("unmatched card %s at %s: %s litres", t["cardNumber"][-4:], t["siteName"], t["quantity"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
