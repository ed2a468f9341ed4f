"""Thin client for the ticketing platform's reporting API used by the finance team."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Any, Dict, List

import httpx

log = logging.getLogger("marionette.ticketing")


@dataclass(frozen=True)
class TicketingCredentials:
    account_id: str
    api_key: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "TicketingCredentials":
        return cls(
            account_id=os.environ["TICKETING_ACCOUNT_ID"],
            api_key=os.environ["TICKETING_API_KEY"],
        )


class TicketingReportClient:
    def __init__(self, base_url: str, creds: TicketingCredentials, timeout: float = 20.0) -> None:
        self._creds = creds
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {creds.api_key}"},
            timeout=timeout,
        )

    def _get(self, path: str, params: Dict[str, Any] | None = None) -> Dict[str, Any]:
        log.debug("ticketing GET %s for account %s params=%s", path, self._creds.account_id, params)
        response = self._client.get(path, params=params)
        if response.status_code == 401:
            raise PermissionError(f"ticketing API rejected credentials for account {self._creds.account_id}")
        response.raise_for_status()
        return response.json()

    def settlement(self, event_id: str) -> Dict[str, Any]:
        return self._get(f"/v3/events/{event_id}/settlement")

    def sales_by_day(self, event_id: str) -> List[Dict[str, Any]]:
        return self._get(f"/v3/events/{event_id}/sales", params={"group_by": "day"})["rows"]

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "TicketingReportClient":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
