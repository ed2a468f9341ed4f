"""Client for the county record office API used in genealogy research requests.

Researchers look up baptism, marriage and burial entries to establish descent
from an armiger before the studio accepts a claim to inherited arms.
"""
import logging
import os
from dataclasses import dataclass, field
from typing import Any

import httpx

logger = logging.getLogger("research.archive")


@dataclass
class ArchiveConfig:
    base_url: str = os.environ.get("RECORD_OFFICE_URL", "https://api.recordoffice.example.org/v2")
    api_token: str = field(default_factory=lambda: os.environ["RECORD_OFFICE_TOKEN"])
    timeout: float = 20.0


class RecordOfficeClient:
    def __init__(self, config: ArchiveConfig | None = None):
        self.config = config or ArchiveConfig()
        self._headers = {
            "Authorization": f"Bearer {self.config.api_token}",
            "Accept": "application/json",
        }

    async def _get(self, path: str, params: dict[str, Any]) -> dict:
        url = f"{self.config.base_url}{path}"
        async with httpx.AsyncClient(timeout=self.config.timeout) as client:
            resp = await client.get(url, params=params, headers=self._headers)
        if resp.status_code >= 400:
            logger.error("record office %s -> %s, headers=%s", path, resp.status_code, self._headers)
            resp.raise_for_status()
        return resp.json()

    async def baptisms(self, surname: str, parish: str, year_from: int, year_to: int) -> list[dict]:
        data = await self._get("/parish/baptisms", {
            "surname": surname, "parish": parish, "from": year_from, "to": year_to,
        })
        return data.get("entries", [])

    async def marriages(self, surname: str, county: str) -> list[dict]:
        data = await self._get("/parish/marriages", {"surname": surname, "county": county})
        return data.get("entries", [])

    async def wills(self, surname: str, county: str) -> list[dict]:
        data = await self._get("/probate/wills", {"surname": surname, "county": county})
        return data.get("entries", [])
