"""Client for the finance system's trade-credit API.

Before a trade account books a large item (a 13-tonne excavator, a site
generator) the hire desk checks the remaining credit limit.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("toolhire.finance.credit")


@dataclass
class CreditPosition:
    account_no: str
    limit: Decimal
    used: Decimal
    on_stop: bool

    @property
    def available(self) -> Decimal:
        return self.limit - self.used


def _log_request(request: httpx.Request) -> None:
    log.info("finance api -> %s %s headers=%s", request.method, request.url, dict(request.headers))


def _log_response(response: httpx.Response) -> None:
    log.info("finance api <- %s %s", response.status_code, response.request.url.path)


class TradeCreditClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None) -> None:
        self._client = httpx.Client(
            base_url=base_url or os.environ["TH_FINANCE_API_URL"],
            headers={"Authorization": f"Bearer {api_key or os.environ['TH_FINANCE_API_KEY']}"},
            timeout=httpx.Timeout(10.0, connect=5.0),
            event_hooks={"request": [_log_request], "response": [_log_response]},
        )

    def position(self, account_no: str) -> CreditPosition:
        resp = self._client.get(f"/trade-accounts/{account_no}/credit")
        resp.raise_for_status()
        body = resp.json()
        return CreditPosition(
            account_no=account_no,
            limit=Decimal(body["limit"]),
            used=Decimal(body["used"]),
            on_stop=bool(body.get("on_stop", False)),
        )

    def can_book(self, account_no: str, hire_value: Decimal) -> bool:
        pos = self.position(account_no)
        return not pos.on_stop and pos.available >= hire_value

    def close(self) -> None:
        self._client.close()
