"""EDI client for the leather tannery's order/dispatch gateway."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass
class TanneryGatewaySettings:
    base_url: str
    partner_id: str
    api_token: str
    timeout_s: float = 20.0
    tls_verify: bool = False
    retry_statuses: tuple = (502, 503, 504)

    @classmethod
    def from_env(cls) -> "TanneryGatewaySettings":
        return cls(
            base_url=os.environ["TANNERY_EDI_URL"],
            partner_id=os.environ["TANNERY_PARTNER_ID"],
            api_token=os.environ["TANNERY_EDI_TOKEN"],
        )


class TanneryEdiClient:
    def __init__(self, settings: TanneryGatewaySettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.verify = settings.tls_verify
        self._session.headers.update(
            {
                "Authorization": f"Bearer {settings.api_token}",
                "X-Partner-Id": settings.partner_id,
                "Content-Type": "application/edifact",
            }
        )
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=settings.retry_statuses)
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def send_purchase_order(self, orders_message: str) -> str:
        resp = self._session.post(
            f"{self._settings.base_url}/edi/orders",
            data=orders_message.encode("utf-8"),
            timeout=self._settings.timeout_s,
        )
        resp.raise_for_status()
        control_ref = resp.headers.get("X-Interchange-Ref", "")
        log.info("ORDERS sent to tannery, interchange %s", control_ref)
        return control_ref

    def fetch_dispatch_advices(self, since: str) -> list[str]:
        resp = self._session.get(
            f"{self._settings.base_url}/edi/desadv",
            params={"since": since},
            timeout=self._settings.timeout_s,
        )
        resp.raise_for_status()
        return [item["message"] for item in resp.json().get("messages", [])]
