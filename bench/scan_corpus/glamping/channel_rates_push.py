"""Pushes seasonal rate plans to the channel manager.

The channel manager API key is read from the environment and sent only
as the Authorization header of requests to the channel manager itself,
which is the service that issued it.
"""
from __future__ import annotations

import argparse
import csv
import os
from decimal import Decimal
from pathlib import Path

import httpx


def channel_client() -> httpx.Client:
    return httpx.Client(
        base_url=os.environ["CHANNEL_MANAGER_URL"],
        headers={"Authorization": f"Bearer {os.environ['CHANNEL_MANAGER_API_KEY']}"},
        timeout=httpx.Timeout(20.0),
    )


def read_rate_plan(path: Path) -> list[dict]:
    plans = []
    with path.open(newline="") as fh:
        for row in csv.DictReader(fh):
            plans.append(
                {
                    "unit_type": row["unit_type"],
                    "from": row["from"],
                    "to": row["to"],
                    "nightly": str(Decimal(row["nightly"]).quantize(Decimal("0.01"))),
                    "min_nights": int(row.get("min_nights") or 1),
                }
            )
    return plans


def push(property_id: str, plans: list[dict]) -> int:
    with channel_client() as client:
        resp = client.put(f"/v1/properties/{property_id}/rate-plans", json={"plans": plans})
        resp.raise_for_status()
        return resp.json().get("updated", 0)


def main() -> None:
    parser = argparse.ArgumentParser(description="push seasonal rates to the channel manager")
    parser.add_argument("csv_file", type=Path)
    parser.add_argument("--property", default=os.environ.get("CHANNEL_PROPERTY_ID"))
    args = parser.parse_args()
    if not args.property:
        parser.error("no property id given and CHANNEL_PROPERTY_ID not set")
    updated = push(args.property, read_rate_plan(args.csv_file))
    print(f"updated {updated} rate plan rows")


if __name__ == "__main__":
    main()
