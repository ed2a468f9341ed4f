"""Pushes the chime and winding schedule to each tower's controller.

The schedule (strike hours, quiet hours at night, daylight saving changes)
is rendered from the tower's record and sent to its controller.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import requests

log = logging.getLogger("clocktower.controllers.config")

CONFIG_DIR = Path(os.environ.get("CLOCKTOWER_CONFIG_DIR", "/etc/clocktower"))
DEFAULTS_FILE = CONFIG_DIR / "controller_defaults.json"


@dataclass
class TowerSchedule:
    tower_code: str
    timezone: str
    strike_hours: bool = True
    quarter_chimes: bool = True
    quiet_from: str = "23:00"
    quiet_until: str = "07:00"
    winding_times: list[str] = field(default_factory=lambda: ["03:00", "15:00"])


def load_defaults() -> dict:
    if DEFAULTS_FILE.exists():
        return json.loads(DEFAULTS_FILE.read_text())
    return {}


def render_config(schedule: TowerSchedule) -> dict:
    config = load_defaults()
    config.update(asdict(schedule))
    config["schema"] = 3
    return config


def push_config(schedule: TowerSchedule, base_url: str, token: str, ca_bundle: str) -> None:
    payload = render_config(schedule)
    resp = requests.put(
        f"{base_url.rstrip('/')}/api/v1/config",
        json=payload,
        headers={"Authorization": f"Bearer {token}"},
        verify=ca_bundle,
        timeout=20,
    )
    resp.raise_for_status()
    log.info("pushed schedule v%s to %s", payload["schema"], schedule.tower_code)


def push_all(registry) -> int:
    pushed = 0
    for tower in registry.towers():
        try:
            push_config(tower.schedule, tower.controller_url, tower.controller_token, tower.ca_bundle)
            pushed += 1
        except requests.RequestException as exc:
            log.warning("could not update %s: %s", tower.tower_code, type(exc).__name__)
    return pushed
