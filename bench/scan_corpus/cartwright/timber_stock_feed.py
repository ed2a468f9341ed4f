"""Reads the sawmill's stock feed of air-dried hardwood to plan wheel and body timber."""
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedConfig:
    url: str = os.environ.get("SAWMILL_FEED_URL", "https://stock.oakleysawmill.co.uk/feed.json")
    ca_bundle: Path = Path(os.environ.get("SAWMILL_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"))
    timeout: float = 20.0


@dataclass
class Board:
    species: str
    thickness_mm: int
    width_mm: int
    length_m: float
    years_air_dried: int


WHEEL_SPECIES = {"oak", "ash", "elm"}


def fetch_boards(cfg: FeedConfig = FeedConfig()) -> list[Board]:
    resp = requests.get(cfg.url, timeout=cfg.timeout, verify=str(cfg.ca_bundle))
    resp.raise_for_status()
    boards = [
        Board(
            species=item["species"].lower(),
            thickness_mm=int(item["thickness"]),
            width_mm=int(item["width"]),
            length_m=float(item["length"]),
            years_air_dried=int(item.get("air_dried_years", 0)),
        )
        for item in resp.json()["stock"]
    ]
    log.info("sawmill feed: %d boards", len(boards))
    return boards


def suitable_for_wheels(boards: list[Board]) -> dict[str, list[Board]]:
    """Oak for spokes, elm for naves, ash for felloes; needs at least two years drying."""
    picked: dict[str, list[Board]] = {s: [] for s in WHEEL_SPECIES}
    for b in boards:
        if b.species in WHEEL_SPECIES and b.years_air_dried >= 2 and b.thickness_mm >= 50:
            picked[b.species].append(b)
    return picked
