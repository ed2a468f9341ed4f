"""Sync landlord statement totals into the accounting package.

After the statements run, each landlord's net payout and our management fee
are posted as journals. Auth is OAuth2 with a refresh token kept in the
secrets table.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from decimal import Decimal

import requests

from .config import AccountingConfig
from .secrets import load_refresh_token, store_refresh_token

log = logging.getLogger("statements.accounting")


@dataclass
class Journal:
    landlord_ref: str
    period: str
    net_payout: Decimal
    management_fee: Decimal


class AccountingClient:
    def __init__(self, config: AccountingConfig):
        self.config = config
        self._access_token: str | None = None
        self._expires_at = 0.0
        self._http = requests.Session()

    def _refresh(self) -> None:
        resp = self._http.post(
            self.config.token_url,
            data={"grant_type": "refresh_token", "refresh_token": load_refresh_token("accounting")},
            auth=(self.config.client_id, self.config.client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        token = resp.json()
        self._access_token = token["access_token"]
        self._expires_at = time.time() + int(token.get("expires_in", 1800)) - 60
        store_refresh_token("accounting", token["refresh_token"])
        log.debug("refreshed accounting token for client %s: %s", self.config.client_id, self._access_token)

    def _headers(self) -> dict:
        if self._access_token is None or time.time() >= self._expires_at:
            self._refresh()
        return {"Authorization": f"Bearer {self._access_token}", "Xero-tenant-id": self.config.tenant_id}

    def post_journal(self, journal: Journal) -> str:
        body = {
            "Narration": f"Landlord statement {journal.landlord_ref} {journal.period}",
            "JournalLines": [
                {"AccountCode": self.config.client_money_account, "LineAmount": str(-journal.net_payout)},
                {"AccountCode": self.config.fee_income_account, "LineAmount": str(-journal.management_fee)},
                {"AccountCode": self.config.rent_control_account,
                 "LineAmount": str(journal.net_payout + journal.management_fee)},
            ],
        }
        resp = self._http.post(
            f"{self.config.api_base}/ManualJournals", json=body, headers=self._headers(), timeout=30
        )
        resp.raise_for_status()
        journal_id = resp.json()["ManualJournals"][0]["ManualJournalID"]
        log.info("posted journal %s for %s %s", journal_id, journal.landlord_ref, journal.period)
        return journal_id

    def sync(self, journals: list[Journal]) -> list[str]:
        return [self.post_journal(j) for j in journals]
