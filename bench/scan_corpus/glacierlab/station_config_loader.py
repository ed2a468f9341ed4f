"""Load station configuration files uploaded by field teams through the portal.

A station config describes the sensors wired to each logger channel, their
sampling interval and the transmission schedule.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from flask import Blueprint, abort, current_app, jsonify, request


@dataclass
class ChannelConfig:
    channel: int
    sensor: str
    interval_s: int


@dataclass
class StationConfig:
    station_id: str
    latitude: float
    longitude: float
    elevation_m: float
    channels: list[ChannelConfig] = field(default_factory=list)


class StationConfigLoader:
    required_keys = ("station_id", "latitude", "longitude", "elevation_m", "channels")

    @property
    def yaml_loader(self):
        return yaml.Loader

    def parse(self, text: str) -> StationConfig:
        document = yaml.load(text, Loader=self.yaml_loader)
        if not isinstance(document, dict):
            raise ValueError("station config must be a mapping")
        missing = [key for key in self.required_keys if key not in document]
        if missing:
            raise ValueError(f"missing keys: {', '.join(missing)}")
        channels = [
            ChannelConfig(int(c["channel"]), str(c["sensor"]), int(c["interval_s"]))
            for c in document["channels"]
        ]
        return StationConfig(
            station_id=str(document["station_id"]),
            latitude=float(document["latitude"]),
            longitude=float(document["longitude"]),
            elevation_m=float(document["elevation_m"]),
            channels=channels,
        )

    def load_file(self, path: Path) -> StationConfig:
        return self.parse(path.read_text(encoding="utf-8"))


bp = Blueprint("station_config", __name__, url_prefix="/stations")


@bp.post("/config")
def upload_config():
    upload = request.files.get("config")
    if upload is None:
        abort(400, "config file missing")
    try:
        config = StationConfigLoader().parse(upload.read().decode("utf-8"))
    except (ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
        abort(400, str(exc))
    current_app.extensions["station_registry"].save(config)
    return jsonify(station=config.station_id, channels=len(config.channels)), 201
