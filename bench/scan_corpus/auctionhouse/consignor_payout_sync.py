"""Reconciles consignor payouts with the bank's settlement report.

Runs nightly; marks statements as paid once the bank confirms the transfer.
"""

import logging
from datetime import date

import requests

log = logging.getLogger("auctionhouse.payout_sync")

_REDACTED_HEADERS = {"authorization", "x-api-key", "cookie"}


def _loggable_headers(headers) -> dict:
    return {k: ("***" if k.lower() in _REDACTED_HEADERS else v) for k, v in headers.items()}


class PayoutReconciler:
    def __init__(self, base_url: str, api_key: str, statements, timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self.statements = statements
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "X-Api-Key": api_key,
                "Accept": "application/json",
                "User-Agent": "auctionhouse-payout-sync/2.0",
            }
        )

    def _get(self, path: str, **params) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("GET %s params=%s headers=%s", url, params, _loggable_headers(self.session.headers))
        resp = self.session.get(url, params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def reconcile(self, value_date: date) -> int:
        report = self._get("/v1/settlements", value_date=value_date.isoformat())
        matched = 0
        for line in report["transfers"]:
            statement = self.statements.by_reference(line["reference"])
            if statement is None:
                log.warning("unmatched transfer %s on %s", line["id"], value_date)
                continue
            if line["status"] == "settled":
                self.statements.mark_paid(statement.id, transfer_id=line["id"], paid_on=value_date)
                matched += 1
        log.info("reconciled %d payouts for %s", matched, value_date)
        return matched
