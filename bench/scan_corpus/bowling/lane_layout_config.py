"""Load per-centre lane layout files.

Each centre has a YAML file describing lane pairs, which scoring server
drives them, bumper capability and which lanes are VIP / party lanes.
Operations staff edit these and upload them through the admin tool.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

_Loader = yaml.SafeLoader


@dataclass(frozen=True)
class LanePair:
    first: int
    second: int
    scoring_server: str
    bumpers: bool = True
    vip: bool = False


@dataclass(frozen=True)
class CentreLayout:
    site_code: str
    pairs: tuple[LanePair, ...]

    @property
    def lane_count(self) -> int:
        return len(self.pairs) * 2

    def party_lanes(self) -> list[int]:
        return [lane for p in self.pairs if p.vip for lane in (p.first, p.second)]


def parse_layout(text: str) -> CentreLayout:
    doc = yaml.load(text, Loader=_Loader) or {}
    pairs = []
    for entry in doc.get("pairs", []):
        first, second = entry["lanes"]
        if second != first + 1:
            raise ValueError(f"lanes {first}/{second} are not a pair")
        pairs.append(
            LanePair(
                first=first,
                second=second,
                scoring_server=entry["scoring_server"],
                bumpers=bool(entry.get("bumpers", True)),
                vip=bool(entry.get("vip", False)),
            )
        )
    return CentreLayout(site_code=str(doc["site"]), pairs=tuple(pairs))


def load_layout(path: Path) -> CentreLayout:
    return parse_layout(path.read_text(encoding="utf-8"))
