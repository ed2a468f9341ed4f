"""Nightly export of gross wash revenue to the franchisor for royalty billing."""
from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from typing import Iterable, TypedDict

import httpx

_HQ_HOST = "royalty.glosswave-hq.net"
_API_VERSION = "v3"


class RevenueLine(TypedDict):
    site_code: str
    business_date: str
    wash_count: int
    gross: str


def _hq_url(resource: str) -> str:
    return f"https://{_HQ_HOST}/{_API_VERSION}/{resource.lstrip('/')}"


def build_lines(rows: Iterable[tuple], site_code: str) -> list[RevenueLine]:
    lines: list[RevenueLine] = []
    for business_date, wash_count, gross in rows:
        lines.append(
            RevenueLine(
                site_code=site_code,
                business_date=business_date.isoformat(),
                wash_count=int(wash_count),
                gross=str(Decimal(gross).quantize(Decimal("0.01"))),
            )
        )
    return lines


class RoyaltyExporter:
    def __init__(self, franchisee_token: str, site_code: str) -> None:
        self._site_code = site_code
        self._client = httpx.Client(
            headers={"Authorization": f"Bearer {franchisee_token}"}, timeout=15.0
        )

    def submit(self, rows: Iterable[tuple]) -> str:
        payload = {
            "generated_at": dt.datetime.now(dt.timezone.utc).isoformat(),
            "lines": build_lines(rows, self._site_code),
        }
        resp = self._client.post(_hq_url("royalty-statements"), json=payload)
        resp.raise_for_status()
        return resp.json()["statement_id"]


def main() -> None:
    exporter = RoyaltyExporter(
        franchisee_token=os.environ["FRANCHISEE_API_TOKEN"],
        site_code=os.environ["SITE_CODE"],
    )
    yesterday = dt.date.today() - dt.timedelta(days=1)
    statement = exporter.submit([(yesterday, 412, "5318.40")])
    print(f"submitted statement {statement}")


if __name__ == "__main__":
    main()
