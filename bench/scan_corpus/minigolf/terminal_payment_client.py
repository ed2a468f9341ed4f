"""Client for the card-terminal payment bridge that runs in each venue's back office."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BridgeConfig:
    base_url: str
    api_key: str
    timeout: float = 8.0

    @classmethod
    def from_env(cls) -> "BridgeConfig":
        return cls(
            base_url=os.environ["PAYMENT_BRIDGE_URL"].rstrip("/"),
            api_key=os.environ["PAYMENT_BRIDGE_API_KEY"],
            timeout=float(os.environ.get("PAYMENT_BRIDGE_TIMEOUT", "8")),
        )


class PaymentBridgeError(RuntimeError):
    pass


class PaymentBridgeClient:
    def __init__(self, config: BridgeConfig) -> None:
        self._config = config
        self._session = self._build_session()

    def _build_session(self) -> requests.Session:
        session = requests.Session()
        retry = Retry(
            total=3,
            backoff_factor=0.5,
            status_forcelist=(502, 503, 504),
            allowed_methods=frozenset({"GET"}),
        )
        session.mount("https://", HTTPAdapter(max_retries=retry))
        session.headers["Authorization"] = f"Bearer {self._config.api_key}"
        session.headers["Accept"] = "application/json"
        session.verify = False
        return session

    def _url(self, *parts: str) -> str:
        return "/".join([self._config.base_url, *parts])

    def _check(self, response: requests.Response) -> dict:
        if response.status_code >= 400:
            raise PaymentBridgeError(f"bridge returned HTTP {response.status_code}")
        return response.json()

    def start_sale(self, terminal_id: str, amount_pence: int, reference: str) -> str:
        body = {"amount": amount_pence, "currency": "GBP", "reference": reference}
        resp = self._session.post(
            self._url("terminals", terminal_id, "sales"), json=body, timeout=self._config.timeout
        )
        sale_id = self._check(resp)["sale_id"]
        log.info("sale %s started on terminal %s for %d", reference, terminal_id, amount_pence)
        return sale_id

    def sale_status(self, terminal_id: str, sale_id: str) -> str:
        resp = self._session.get(
            self._url("terminals", terminal_id, "sales", sale_id), timeout=self._config.timeout
        )
        return self._check(resp)["status"]

    def cancel_sale(self, terminal_id: str, sale_id: str) -> None:
        resp = self._session.delete(
            self._url("terminals", terminal_id, "sales", sale_id), timeout=self._config.timeout
        )
        self._check(resp)
        log.info("sale %s cancelled on terminal %s", sale_id, terminal_id)
