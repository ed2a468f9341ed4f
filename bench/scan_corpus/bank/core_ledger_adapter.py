"""Thin adapter over the core ledger REST facade for the open-banking APIs.

The facade presents a certificate issued by the bank's internal CA, so the
session trusts that CA bundle (plus mutual TLS for our own identity).
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal

import certifi
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LedgerConfig:
    base_url: str
    client_cert: str
    client_key: str
    ca_bundle: str = field(default_factory=lambda: os.environ.get("LEDGER_CA_BUNDLE", certifi.where()))
    timeout: float = 8.0


class LedgerAdapter:
    def __init__(self, cfg: LedgerConfig) -> None:
        self._base = cfg.base_url.rstrip("/")
        self._timeout = cfg.timeout
        self._session = requests.Session()
        self._session.cert = (cfg.client_cert, cfg.client_key)
        self._session.verify = cfg.ca_bundle
        retry = Retry(total=3, backoff_factor=0.2, allowed_methods={"GET"}, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def _get(self, path: str, **params) -> dict:
        resp = self._session.get(f"{self._base}{path}", params=params, timeout=self._timeout)
        resp.raise_for_status()
        return resp.json()

    def balances(self, account_id: str) -> list[dict]:
        data = self._get(f"/ledger/accounts/{account_id}/balances")
        return [
            {"type": b["type"], "amount": Decimal(b["amount"]), "currency": b["ccy"]}
            for b in data["balances"]
        ]

    def transactions(self, account_id: str, from_date: str, to_date: str) -> list[dict]:
        data = self._get(f"/ledger/accounts/{account_id}/entries", start=from_date, end=to_date)
        log.debug("ledger returned %d entries for %s", len(data["entries"]), account_id)
        return data["entries"]
