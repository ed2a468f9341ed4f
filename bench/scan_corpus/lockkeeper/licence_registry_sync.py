"""Nightly sync of licence status from the national registry to the lock desks.

Lock keepers work offline for much of the day, so each night the current
licence list for the waterway is copied into the local licence cache.
"""
from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass, field

import requests

log = logging.getLogger("licence.sync")


def mask(secret: str, visible: int = 4) -> str:
    if len(secret) <= visible:
        return "*" * len(secret)
    return "*" * (len(secret) - visible) + secret[-visible:]


@dataclass(frozen=True)
class SyncConfig:
    registry_url: str
    client_id: str
    api_key: str = field(repr=False)
    waterway: str = "all"
    cache_db: str = "licence_cache.sqlite3"

    @classmethod
    def from_env(cls) -> "SyncConfig":
        return cls(
            registry_url=os.environ["LICENCE_REGISTRY_URL"],
            client_id=os.environ["LICENCE_REGISTRY_CLIENT_ID"],
            api_key=os.environ["LICENCE_REGISTRY_API_KEY"],
            waterway=os.environ.get("LICENCE_WATERWAY", "all"),
            cache_db=os.environ.get("LICENCE_CACHE_DB", "licence_cache.sqlite3"),
        )


def fetch_licences(config: SyncConfig) -> list[dict]:
    log.info("fetching %s licences as %s (key %s)", config.waterway, config.client_id, mask(config.api_key))
    resp = requests.get(
        f"{config.registry_url.rstrip('/')}/v2/waterways/{config.waterway}/licences",
        headers={"Authorization": f"Bearer {config.api_key}", "X-Client-Id": config.client_id},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["licences"]


def store(config: SyncConfig, licences: list[dict]) -> int:
    conn = sqlite3.connect(config.cache_db)
    try:
        with conn:
            conn.execute("DELETE FROM licence_cache")
            conn.executemany(
                "INSERT INTO licence_cache (index_no, boat_name, valid_until) VALUES (?, ?, ?)",
                [(l["index_no"], l["boat_name"], l["valid_until"]) for l in licences],
            )
    finally:
        conn.close()
    return len(licences)


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    config = SyncConfig.from_env()
    log.info("starting licence sync with %s", config)
    try:
        count = store(config, fetch_licences(config))
    except requests.HTTPError as err:
        log.error("registry refused sync: HTTP %s", err.response.status_code)
        return 1
    log.info("licence cache refreshed with %d entries", count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
