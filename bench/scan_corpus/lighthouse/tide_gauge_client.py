"""Tide gauge client for the tour planner, configured from the deployment environment."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

import httpx
from pydantic import AnyHttpUrl, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class GaugeSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TIDE_", env_file=".env")

    api_url: AnyHttpUrl
    ca_bundle: str = "/etc/ssl/certs/ca-certificates.crt"
    timeout_s: float = Field(default=10.0, gt=0, le=60)
    default_gauge: str = "ST-ANNS-HEAD"


@lru_cache(maxsize=1)
def settings() -> GaugeSettings:
    return GaugeSettings()


def _client(cfg: GaugeSettings) -> httpx.Client:
    return httpx.Client(
        base_url=str(cfg.api_url),
        timeout=cfg.timeout_s,
        verify=cfg.ca_bundle,
        headers={"Accept": "application/json"},
    )


def high_waters(day: date, gauge: str | None = None) -> list[dict]:
    cfg = settings()
    with _client(cfg) as client:
        resp = client.get(
            f"/gauges/{gauge or cfg.default_gauge}/extremes",
            params={"date": day.isoformat(), "kind": "high"},
        )
    resp.raise_for_status()
    return [
        {"time": item["time"], "height_m": round(float(item["height"]), 2)}
        for item in resp.json()["extremes"]
    ]


def tour_note(day: date) -> str:
    waters = high_waters(day)
    if not waters:
        return "No tide data available; check with the visitor centre."
    times = ", ".join(w["time"][11:16] for w in waters)
    return f"High water today at {times}. The causeway closes 90 minutes before each."
