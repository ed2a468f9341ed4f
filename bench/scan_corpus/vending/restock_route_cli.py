"""Print today's restock route for a driver, pulled from the route planner API.

    restock-route --driver 117 --date 2024-05-14 [--verbose]
"""

import argparse
import os
import sys
from datetime import date

import requests

DEFAULT_TIMEOUT = 20


def _login(base_url: str, driver_id: str) -> str:
    resp = requests.post(
        f"{base_url}/auth/driver-token",
        json={"driver_id": driver_id, "pin": os.environ["ROUTE_DRIVER_PIN"]},
        timeout=DEFAULT_TIMEOUT,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def _fetch_route(base_url: str, token: str, driver_id: str, day: date) -> list[dict]:
    resp = requests.get(
        f"{base_url}/drivers/{driver_id}/routes/{day.isoformat()}",
        headers={"Authorization": f"Bearer {token}"},
        timeout=DEFAULT_TIMEOUT,
    )
    resp.raise_for_status()
    return resp.json()["stops"]


def _format_stop(n: int, stop: dict) -> str:
    items = ", ".join(f"{i['sku']}x{i['qty']}" for i in stop["picks"])
    return f"{n:>2}. {stop['eta']}  {stop['location']:<30} {items}"


def main(argv=None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--driver", required=True)
    p.add_argument("--date", type=date.fromisoformat, default=date.today())
    p.add_argument("--verbose", action="store_true")
    args = p.parse_args(argv)

    base_url = os.environ["ROUTE_API_URL"]
    token = _login(base_url, args.driver)
    if args.verbose:
        print(f"authenticated as driver {args.driver} (token={token})", file=sys.stderr)

    stops = _fetch_route(base_url, token, args.driver, args.date)
    if not stops:
        print("no stops scheduled")
        return 0
    for n, stop in enumerate(stops, start=1):
        print(_format_stop(n, stop))
    print(f"{len(stops)} stops, {sum(len(s['picks']) for s in stops)} pick lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
