"""Publishes finished race results to the results site and its configured mirrors."""

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("regatta.publish")


def _targets_from_env() -> dict[str, str]:
    targets = {"results_site": os.environ["RESULTS_API_URL"]}
    for entry in filter(None, os.environ.get("RESULTS_MIRROR_URLS", "").split(",")):
        name, _, url = entry.partition("=")
        if url.startswith("https://"):
            targets[name.strip()] = url.strip()
        else:
            log.warning("Ignoring mirror %s: only https URLs are accepted", name.strip())
    return targets


PUBLISH_TARGETS = _targets_from_env()


@dataclass
class Placing:
    position: int | None
    lane: int
    crew: str
    club: str
    time: str
    status: str = "FIN"


def race_document(regatta: str, race_number: int, event: str, placings: list[Placing]) -> dict:
    return {
        "regatta": regatta,
        "race": race_number,
        "event": event,
        "results": [p.__dict__ for p in sorted(placings, key=lambda p: (p.position is None, p.position or 0))],
    }


def publish(document: dict, token: str) -> dict[str, bool]:
    """Post the document to every target and report which ones accepted it."""
    outcome: dict[str, bool] = {}
    with requests.Session() as http:
        http.headers.update({"Authorization": f"Bearer {token}"})
        for name, url in PUBLISH_TARGETS.items():
            try:
                resp = http.post(url, json=document, timeout=8)
                resp.raise_for_status()
                outcome[name] = True
            except requests.RequestException as exc:
                log.warning("Race %s not published to %s: %s", document["race"], name, exc)
                outcome[name] = False
    return outcome
