"""Load observing blocks that PIs upload as YAML from the portal.

Example::

    target: {name: "SN 2024abc", ra: 150.1167, dec: 2.2058}
    instrument: imager
    exposures:
      - {filter: r, exptime: 120, count: 5}
"""
from dataclasses import dataclass, field
from typing import IO

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

INSTRUMENTS = {"imager", "spectrograph", "nir-camera"}


@dataclass
class Exposure:
    filter: str
    exptime: float
    count: int = 1


@dataclass
class ObservingBlock:
    target_name: str
    ra: float
    dec: float
    instrument: str
    exposures: list[Exposure] = field(default_factory=list)


def load_block(stream: IO[str]) -> ObservingBlock:
    doc = yaml.load(stream, Loader=_Loader)
    if not isinstance(doc, dict):
        raise ValueError("observing block must be a mapping")

    target = doc.get("target") or {}
    instrument = doc.get("instrument")
    if instrument not in INSTRUMENTS:
        raise ValueError(f"unknown instrument {instrument!r}")

    ra, dec = float(target["ra"]), float(target["dec"])
    if not (0.0 <= ra < 360.0 and -90.0 <= dec <= 90.0):
        raise ValueError("coordinates out of range")

    exposures = [
        Exposure(str(e["filter"]), float(e["exptime"]), int(e.get("count", 1)))
        for e in doc.get("exposures", [])
    ]
    if not exposures:
        raise ValueError("observing block has no exposures")
    return ObservingBlock(str(target["name"]), ra, dec, instrument, exposures)
