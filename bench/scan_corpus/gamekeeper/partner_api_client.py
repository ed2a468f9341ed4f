"""Client for the regional game-dealer consortium API.

Pushes finalised game-bag records to the consortium so that dealers can plan
collection, and pulls back the collection slot for each shoot day.
"""
import logging
from datetime import date

import httpx

from gamekeeper.config import settings

logger = logging.getLogger("gamekeeper.partners.consortium")


class ConsortiumClient:
    def __init__(self, base_url: str = settings.CONSORTIUM_URL, token: str = settings.CONSORTIUM_TOKEN):
        self.base_url = base_url.rstrip("/")
        self.default_headers = {
            "Authorization": f"Bearer {token}",
            "Accept": "application/json",
            "User-Agent": f"gamekeeper/{settings.VERSION}",
        }
        self._client = httpx.Client(base_url=self.base_url, timeout=20.0)

    def _send(self, method: str, path: str, **kwargs) -> httpx.Response:
        headers = {**self.default_headers, **kwargs.pop("headers", {})}
        logger.debug("consortium request %s %s headers=%s", method, path, headers)
        response = self._client.request(method, path, headers=headers, **kwargs)
        logger.debug("consortium response %s %s -> %s", method, path, response.status_code)
        response.raise_for_status()
        return response

    def push_bag(self, shoot_date: date, bag: dict) -> str:
        payload = {
            "estate": settings.ESTATE_CODE,
            "date": shoot_date.isoformat(),
            "species": bag,
        }
        response = self._send("POST", "/v2/bags", json=payload)
        return response.json()["submission_id"]

    def collection_slot(self, shoot_date: date) -> dict:
        response = self._send("GET", f"/v2/collections/{settings.ESTATE_CODE}/{shoot_date.isoformat()}")
        return response.json()

    def close(self) -> None:
        self._client.close()
