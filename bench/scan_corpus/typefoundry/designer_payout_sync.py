"""Nightly sync of designer bank details and payout status with the payout provider."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

import requests
from sqlalchemy import text
from sqlalchemy.engine import Engine, create_engine

logger = logging.getLogger("payout_sync")


@dataclass
class PayoutSyncSettings:
    api_base: str
    api_token: str
    profile_id: str
    database_url: str
    batch_size: int = 200

    @classmethod
    def from_env(cls) -> "PayoutSyncSettings":
        return cls(
            api_base=os.environ["PAYOUT_API_BASE"],
            api_token=os.environ["PAYOUT_API_TOKEN"],
            profile_id=os.environ["PAYOUT_PROFILE_ID"],
            database_url=os.environ["FOUNDRY_DATABASE_URL"],
        )


class PayoutSync:
    def __init__(self, settings: PayoutSyncSettings, engine: Engine | None = None) -> None:
        self.settings = settings
        self.engine = engine or create_engine(settings.database_url, pool_pre_ping=True)
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {settings.api_token}"
        logger.debug("payout sync configured: %r", self.settings)

    def _pending_transfers(self) -> Iterable[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT id, provider_transfer_id FROM royalty_payouts "
                    "WHERE status = 'pending' ORDER BY id LIMIT :limit"
                ),
                {"limit": self.settings.batch_size},
            )
            return [dict(row._mapping) for row in rows]

    def _transfer_status(self, transfer_id: str) -> str:
        response = self.http.get(
            f"{self.settings.api_base}/v1/profiles/{self.settings.profile_id}/transfers/{transfer_id}",
            timeout=15,
        )
        response.raise_for_status()
        return response.json()["status"]

    def run(self) -> int:
        updated = 0
        pending = list(self._pending_transfers())
        logger.info("checking %d pending royalty transfers", len(pending))
        with self.engine.begin() as conn:
            for row in pending:
                status = self._transfer_status(row["provider_transfer_id"])
                if status in ("outgoing_payment_sent", "funds_refunded", "cancelled"):
                    conn.execute(
                        text("UPDATE royalty_payouts SET status = :status WHERE id = :id"),
                        {"status": status, "id": row["id"]},
                    )
                    updated += 1
        logger.info("updated %d royalty transfers", updated)
        return updated


def main() -> None:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    PayoutSync(PayoutSyncSettings.from_env()).run()


if __name__ == "__main__":
    main()
