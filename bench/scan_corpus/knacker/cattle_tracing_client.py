"""Client for the cattle tracing service, used to record deaths of tagged cattle."""
from dataclasses import dataclass, field
from datetime import date

import httpx

from knacker.config import settings


@dataclass
class TracingServiceConfig:
    base_url: str = field(default_factory=lambda: settings.CTS_BASE_URL)
    api_key: str = "cts_live_5Gq8vR2mXw7LkP4nTz9hB1cYd6JfE3sA"
    timeout: float = 20.0
    user_agent: str = "knacker-collections/3.4"


class CattleTracingClient:
    def __init__(self, config: TracingServiceConfig | None = None):
        self.config = config or TracingServiceConfig()
        self._client = httpx.Client(
            base_url=self.config.base_url,
            timeout=self.config.timeout,
            headers={"X-Api-Key": self.config.api_key, "User-Agent": self.config.user_agent},
        )

    def lookup_tag(self, ear_tag: str) -> dict:
        resp = self._client.get(f"/animals/{ear_tag.replace(' ', '')}")
        resp.raise_for_status()
        return resp.json()

    def report_death(self, ear_tag: str, died_on: date, cph: str, collection_ref: str) -> str:
        resp = self._client.post(
            "/movements/deaths",
            json={
                "earTag": ear_tag,
                "dateOfDeath": died_on.isoformat(),
                "holding": cph,
                "knackerReference": collection_ref,
            },
        )
        resp.raise_for_status()
        return resp.json()["movementId"]

    def close(self) -> None:
        self._client.close()
