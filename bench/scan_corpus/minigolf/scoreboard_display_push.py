"""Pushes the live leaderboard to the LED scoreboards mounted above each course."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DisplayTarget:
    name: str
    base_url: str


def load_targets() -> list[DisplayTarget]:
    """Reads SCOREBOARD_TARGETS, e.g. 'pirate=https://board-pirate.venue.lan,jungle=https://...'."""
    raw = os.environ.get("SCOREBOARD_TARGETS", "")
    targets = []
    for item in filter(None, (part.strip() for part in raw.split(","))):
        name, _, url = item.partition("=")
        if not url.startswith("https://"):
            raise ValueError(f"scoreboard {name} must use https")
        targets.append(DisplayTarget(name=name, base_url=url.rstrip("/")))
    return targets


def format_rows(rows: list[dict], width: int = 16) -> list[str]:
    lines = []
    for position, row in enumerate(rows[:8], start=1):
        name = row["player_name"][: width - 7].upper()
        lines.append(f"{position}.{name:<{width - 6}}{row['total']:>3}")
    return lines


class ScoreboardPusher:
    def __init__(self, targets: list[DisplayTarget], api_token: str, timeout: float = 3.0) -> None:
        self._targets = targets
        self._client = httpx.Client(
            timeout=timeout,
            headers={"Authorization": f"Bearer {api_token}"},
            verify=os.environ.get("SCOREBOARD_CA_BUNDLE", True),
        )

    def push(self, course: str, rows: list[dict]) -> int:
        ok = 0
        for target in self._targets:
            if target.name != course:
                continue
            try:
                resp = self._client.put(f"{target.base_url}/api/text", json={"lines": format_rows(rows)})
                resp.raise_for_status()
                ok += 1
            except httpx.HTTPError as exc:
                log.warning("scoreboard %s unreachable: %s", target.name, type(exc).__name__)
        return ok

    def run(self, fetch_rows, interval: float = 20.0) -> None:
        while True:
            for target in self._targets:
                self.push(target.name, fetch_rows(target.name))
            time.sleep(interval)


def from_env() -> ScoreboardPusher:
    return ScoreboardPusher(load_targets(), os.environ["SCOREBOARD_API_TOKEN"])
