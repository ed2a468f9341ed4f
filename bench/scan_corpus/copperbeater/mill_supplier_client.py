"""Client for the copper mill's ordering API (sheet and coil replenishment)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("copperbeater.mill.client")


@dataclass
class MillSettings:
    base_url: str
    api_token: str
    account_no: str
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "MillSettings":
        return cls(
            base_url=os.environ.get("MILL_API_URL", "https://api.northmill.example/v1"),
            api_token=os.environ["MILL_API_TOKEN"],
            account_no=os.environ["MILL_ACCOUNT_NO"],
        )


class MillClient:
    def __init__(self, settings: MillSettings):
        self.settings = settings
        self._client = httpx.Client(base_url=settings.base_url, timeout=settings.timeout)

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.settings.api_token}",
            "X-Account": self.settings.account_no,
            "Accept": "application/json",
        }

    def _post(self, path: str, payload: dict) -> dict:
        headers = self._headers()
        resp = self._client.post(path, json=payload, headers=headers)
        if resp.is_error:
            log.error("mill API %s failed: HTTP %s headers=%s", path, resp.status_code, headers)
            log.debug("mill API error body: %s", resp.text[:500])
            resp.raise_for_status()
        return resp.json()

    def order_sheet(self, alloy: str, gauge_mm: float, sheets: int, width_mm: int = 1000,
                    length_mm: int = 2000) -> str:
        data = self._post("/orders", {
            "alloy": alloy,
            "gauge_mm": gauge_mm,
            "width_mm": width_mm,
            "length_mm": length_mm,
            "quantity": sheets,
        })
        log.info("placed mill order %s for %d x %s %.1fmm", data["order_id"], sheets, alloy, gauge_mm)
        return data["order_id"]

    def close(self) -> None:
        self._client.close()
