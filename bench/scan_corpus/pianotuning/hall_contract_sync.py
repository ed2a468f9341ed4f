"""Nightly sync of concert hall service contracts from the venue management platform."""
import logging
import os
from dataclasses import dataclass, field
from datetime import date

import httpx
from sqlalchemy import create_engine, text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VenuePlatformConfig:
    base_url: str
    api_token: str = field(repr=False)
    page_size: int = 100

    @classmethod
    def from_env(cls) -> "VenuePlatformConfig":
        return cls(
            base_url=os.environ["VENUE_PLATFORM_URL"],
            api_token=os.environ["VENUE_PLATFORM_TOKEN"],
        )


class VenuePlatformClient:
    def __init__(self, config: VenuePlatformConfig):
        self.config = config
        self.http = httpx.Client(
            base_url=config.base_url,
            headers={"Authorization": f"Bearer {config.api_token}"},
            timeout=30,
        )

    def contracts(self) -> list[dict]:
        results, page = [], 1
        while True:
            resp = self.http.get(
                "/v1/contracts",
                params={"service": "piano-tuning", "page": page, "per_page": self.config.page_size},
            )
            resp.raise_for_status()
            batch = resp.json()["items"]
            results.extend(batch)
            if len(batch) < self.config.page_size:
                return results
            page += 1


def sync_contracts() -> int:
    client = VenuePlatformClient(VenuePlatformConfig.from_env())
    engine = create_engine(os.environ["WORKSHOP_DATABASE_URL"])
    contracts = client.contracts()
    with engine.begin() as conn:
        for c in contracts:
            conn.execute(
                text(
                    "INSERT INTO hall_contracts (external_id, hall_name, starts_on, ends_on, "
                    "tunings_per_year) VALUES (:id, :hall, :start, :end, :n) "
                    "ON CONFLICT (external_id) DO UPDATE SET ends_on = EXCLUDED.ends_on, "
                    "tunings_per_year = EXCLUDED.tunings_per_year"
                ),
                {
                    "id": c["id"],
                    "hall": c["venue"]["name"],
                    "start": date.fromisoformat(c["starts_on"]),
                    "end": date.fromisoformat(c["ends_on"]),
                    "n": int(c["tunings_per_year"]),
                },
            )
    log.info("synced %d concert hall contracts", len(contracts))
    return len(contracts)
