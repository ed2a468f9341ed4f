"""Sync load charts published by crane manufacturers.

Manufacturers publish duty charts as XML documents in their dealer portal.
The nightly sync downloads the charts for every model in our fleet and
stores the rated capacity per boom length and radius.
"""
import logging
import os
from dataclasses import dataclass
from typing import Dict, Iterable, List, Tuple

import requests
from lxml import etree

log = logging.getLogger(__name__)


@dataclass
class DutyPoint:
    boom_m: float
    radius_m: float
    capacity_t: float


class ManufacturerFeed:
    def __init__(self, base_url: str, token: str) -> None:
        self._base_url = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {token}"

    @classmethod
    def from_env(cls) -> "ManufacturerFeed":
        return cls(os.environ["OEM_FEED_URL"], os.environ["OEM_FEED_TOKEN"])

    @property
    def parser(self) -> etree.XMLParser:
        return etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)

    def fetch(self, model: str) -> bytes:
        resp = self._session.get(f"{self._base_url}/charts/{model}.xml", timeout=30)
        resp.raise_for_status()
        return resp.content

    def parse(self, xml_bytes: bytes) -> List[DutyPoint]:
        root = etree.fromstring(xml_bytes, self.parser)
        points = []
        for boom in root.iterfind(".//boom"):
            length = float(boom.get("length_m"))
            for row in boom.iterfind("duty"):
                points.append(
                    DutyPoint(
                        boom_m=length,
                        radius_m=float(row.get("radius_m")),
                        capacity_t=float(row.text),
                    )
                )
        return points

    def sync(self, models: Iterable[str]) -> Dict[str, List[DutyPoint]]:
        charts: Dict[str, List[DutyPoint]] = {}
        for model in models:
            try:
                charts[model] = self.parse(self.fetch(model))
            except (requests.RequestException, etree.XMLSyntaxError) as exc:
                log.warning("load chart for %s not updated: %s", model, exc)
        return charts


def capacity_at(points: List[DutyPoint], boom_m: float, radius_m: float) -> float:
    candidates: List[Tuple[float, float]] = [
        (p.radius_m, p.capacity_t) for p in points if p.boom_m == boom_m and p.radius_m >= radius_m
    ]
    if not candidates:
        raise ValueError("radius outside chart")
    return min(candidates)[1]
