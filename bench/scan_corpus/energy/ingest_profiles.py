"""Load head-end ingestion profiles and decode incoming read batches.

Profiles are YAML documents maintained by the AMI operations team and uploaded
through the admin console; batches arrive as JSON on the ingest topic.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml


@dataclass
class IngestProfile:
    vendor: str
    channels: dict[str, str]
    interval_minutes: int = 15
    quality_map: dict[str, str] = field(default_factory=dict)


def parse_profile(text: str) -> IngestProfile:
    data = yaml.load(text, Loader=yaml.SafeLoader)
    if not isinstance(data, dict):
        raise ValueError("profile must be a mapping")
    return IngestProfile(
        vendor=str(data["vendor"]),
        channels={str(k): str(v) for k, v in data.get("channels", {}).items()},
        interval_minutes=int(data.get("interval_minutes", 15)),
        quality_map={str(k): str(v) for k, v in data.get("quality_map", {}).items()},
    )


def load_profiles(directory: Path) -> dict[str, IngestProfile]:
    profiles = {}
    for path in sorted(directory.glob("*.yaml")):
        profile = parse_profile(path.read_text(encoding="utf-8"))
        profiles[profile.vendor] = profile
    return profiles


def decode_batch(raw: bytes, profiles: dict[str, IngestProfile]) -> list[dict]:
    batch = json.loads(raw)
    profile = profiles[batch["vendor"]]
    out = []
    for read in batch["reads"]:
        out.append(
            {
                "meter_id": batch["meter_id"],
                "channel": profile.channels.get(read["ch"], read["ch"]),
                "interval_end": read["t"],
                "value": float(read["v"]),
                "quality": profile.quality_map.get(read.get("q", ""), "unknown"),
            }
        )
    return out
