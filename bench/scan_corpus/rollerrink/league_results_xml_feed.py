"""Reads roller derby league fixtures and results published as XML.

The regional league publishes an XML feed; the rink website shows upcoming
bouts hosted at the venue and the home team's latest results.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

import httpx
from lxml import etree

FEED_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
)


@dataclass
class Bout:
    home: str
    away: str
    starts: datetime
    venue: str
    home_score: int | None = None
    away_score: int | None = None


def fetch_feed(client: httpx.Client) -> bytes:
    resp = client.get(os.environ["LEAGUE_FEED_URL"], timeout=10.0)
    resp.raise_for_status()
    return resp.content


def parse_bouts(document: bytes) -> list[Bout]:
    root = etree.fromstring(document, parser=FEED_PARSER)
    bouts = []
    for node in root.iter("bout"):
        score = node.find("score")
        bouts.append(Bout(
            home=node.findtext("home", default="").strip(),
            away=node.findtext("away", default="").strip(),
            starts=datetime.fromisoformat(node.get("start")),
            venue=node.findtext("venue", default="").strip(),
            home_score=int(score.get("home")) if score is not None else None,
            away_score=int(score.get("away")) if score is not None else None,
        ))
    return bouts


def hosted_here(bouts: list[Bout], venue_name: str) -> list[Bout]:
    return sorted((b for b in bouts if b.venue == venue_name and b.home_score is None), key=lambda b: b.starts)


if __name__ == "__main__":
    with httpx.Client() as client:
        for bout in hosted_here(parse_bouts(fetch_feed(client)), os.environ.get("VENUE_NAME", "")):
            print(bout.starts, bout.home, "v", bout.away)
