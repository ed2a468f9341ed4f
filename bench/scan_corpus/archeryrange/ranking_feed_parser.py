"""Parses the regional league's weekly ranking feed.

The regional postal league publishes an XML feed of standings; the club
website shows where our teams and archers sit. Team managers can also
upload a saved copy of the feed from the admin area.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import List

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

log = logging.getLogger(__name__)


@dataclass
class LeagueStanding:
    team: str
    division: str
    position: int
    matches: int
    points: int


@dataclass
class LeagueArcher:
    name: str
    team: str
    average: float


def _int(node, tag: str) -> int:
    return int((node.findtext(tag) or "0").strip())


def parse_feed(xml_bytes: bytes) -> tuple[List[LeagueStanding], List[LeagueArcher]]:
    try:
        root = SafeET.fromstring(xml_bytes, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise ValueError(f"Rejected league feed: {exc}") from exc
    standings = [
        LeagueStanding(
            team=(node.findtext("team") or "").strip(),
            division=node.get("division", ""),
            position=_int(node, "position"),
            matches=_int(node, "played"),
            points=_int(node, "points"),
        )
        for node in root.iter("standing")
    ]
    archers = [
        LeagueArcher(
            name=(node.findtext("name") or "").strip(),
            team=(node.findtext("team") or "").strip(),
            average=float(node.findtext("average") or 0),
        )
        for node in root.iter("archer")
    ]
    return standings, archers


def our_standings(xml_bytes: bytes, club_teams: set[str]) -> List[LeagueStanding]:
    standings, _ = parse_feed(xml_bytes)
    ours = [s for s in standings if s.team in club_teams]
    log.info("League feed lists %d of our %d teams", len(ours), len(club_teams))
    return sorted(ours, key=lambda s: (s.division, s.position))
