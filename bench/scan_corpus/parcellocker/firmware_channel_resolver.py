"""Resolve which firmware mirror a locker controller should use for its channel."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import requests
import yaml

CONFIG_PATH = Path(os.environ.get("LOCKERFW_CHANNELS", "/etc/lockerfw/channels.yaml"))


@dataclass(frozen=True)
class Channel:
    name: str
    mirror: str
    min_bootloader: str


def load_channels(path: Path = CONFIG_PATH) -> dict[str, Channel]:
    with path.open() as fh:
        raw = yaml.safe_load(fh) or {}
    return {
        name: Channel(name=name, mirror=spec["mirror"], min_bootloader=spec["min_bootloader"])
        for name, spec in raw.get("channels", {}).items()
    }


def _version_tuple(v: str) -> tuple[int, ...]:
    return tuple(int(p) for p in v.split("."))


def pick_channel(channels: dict[str, Channel], requested: str, bootloader: str) -> Channel:
    chosen = channels.get(requested) or channels["stable"]
    if _version_tuple(bootloader) < _version_tuple(chosen.min_bootloader):
        return channels["stable"]
    return chosen


def latest_release(controller_serial: str, requested: str, bootloader: str) -> dict:
    channel = pick_channel(load_channels(), requested, bootloader)
    resp = requests.get(
        f"{channel.mirror.rstrip('/')}/releases/latest",
        params={"serial": controller_serial},
        timeout=10,
    )
    resp.raise_for_status()
    return {"channel": channel.name, **resp.json()}
