"""Imports the county fixture feed (XML) into the league calendar.

The county association publishes one XML document per division; clubs that
play in both the league and county competitions need the dates merged so
the fixture generator avoids clashes.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

import requests
from defusedxml import ElementTree as SafeET

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CountyFixture:
    ref: str
    played_on: date
    home_club: str
    away_club: str
    competition: str


def parse_feed(xml_bytes: bytes) -> list[CountyFixture]:
    root = SafeET.fromstring(xml_bytes)
    fixtures: list[CountyFixture] = []
    for node in root.iter("fixture"):
        try:
            fixtures.append(
                CountyFixture(
                    ref=node.attrib["ref"],
                    played_on=date.fromisoformat(node.findtext("date", "").strip()),
                    home_club=node.findtext("home", "").strip(),
                    away_club=node.findtext("away", "").strip(),
                    competition=node.findtext("competition", "County League").strip(),
                )
            )
        except (KeyError, ValueError):
            log.warning("skipping malformed fixture element")
    return fixtures


def fetch_feed(feed_url: str, timeout: float = 20.0) -> list[CountyFixture]:
    resp = requests.get(feed_url, timeout=timeout)
    resp.raise_for_status()
    return parse_feed(resp.content)


def clashes(county: list[CountyFixture], league_dates: dict[str, set[date]]) -> list[tuple[str, date]]:
    found: list[tuple[str, date]] = []
    for fx in county:
        for club in (fx.home_club, fx.away_club):
            if fx.played_on in league_dates.get(club, set()):
                found.append((club, fx.played_on))
    return found
