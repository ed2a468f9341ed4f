"""Nightly job that pulls verification results from the KYC provider into the escrow database.

``KYC_SYNC_DATABASE_URL`` holds the full connection URL of the reporting database,
``postgresql://user:password@host:5432/escrow``.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import httpx
import psycopg

log = logging.getLogger("kyc_sync")


@dataclass(frozen=True)
class SyncConfig:
    database_url: str
    provider_url: str
    provider_key: str

    @classmethod
    def load(cls) -> "SyncConfig":
        return cls(
            database_url=os.environ["KYC_SYNC_DATABASE_URL"],
            provider_url=os.environ["KYC_PROVIDER_URL"],
            provider_key=os.environ["KYC_PROVIDER_API_KEY"],
        )


class KycSync:
    def __init__(self, config: SyncConfig) -> None:
        self.config = config

    def _connect(self) -> psycopg.Connection:
        try:
            return psycopg.connect(self.config.database_url, connect_timeout=10)
        except psycopg.OperationalError as exc:
            raise RuntimeError(f"KYC sync could not reach {self.config.database_url}: {exc}") from exc

    def _fetch_results(self, since: datetime) -> list[dict]:
        with httpx.Client(base_url=self.config.provider_url, timeout=30.0) as client:
            response = client.get(
                "/v3/verifications",
                params={"updated_since": since.isoformat(), "status": "completed"},
                headers={"X-Api-Key": self.config.provider_key},
            )
            response.raise_for_status()
            return response.json()["items"]

    def run(self, lookback: timedelta = timedelta(days=1)) -> int:
        since = datetime.now(timezone.utc) - lookback
        results = self._fetch_results(since)
        with self._connect() as conn:
            for item in results:
                conn.execute(
                    "UPDATE kyc_checks SET outcome = %s, risk_score = %s, completed_at = %s "
                    "WHERE provider_reference = %s",
                    (item["outcome"], item.get("risk_score"), item["completed_at"], item["id"]),
                )
        log.info("synced %d KYC results since %s", len(results), since.isoformat())
        return len(results)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    KycSync(SyncConfig.load()).run()
