"""Reads level metadata XML exported by the community map editor.

Players upload custom maps as a folder with ``level.xml`` describing spawns,
objectives and required asset packs; this module validates and summarises it.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as ET
from defusedxml import DefusedXmlException

log = logging.getLogger(__name__)

MAX_XML_BYTES = 1024 * 1024
MAX_SPAWNS = 64
GAME_MODES = {"deathmatch", "ctf", "domination", "escort"}


@dataclass
class LevelInfo:
    title: str
    mode: str
    spawns: list[tuple[float, float, float]] = field(default_factory=list)
    asset_packs: list[str] = field(default_factory=list)


class LevelRejected(Exception):
    pass


def _spawn(el: Element) -> tuple[float, float, float]:
    return (float(el.get("x", 0)), float(el.get("y", 0)), float(el.get("z", 0)))


def read_level(path: Path) -> LevelInfo:
    data = path.read_bytes()
    if len(data) > MAX_XML_BYTES:
        raise LevelRejected("level.xml too large")
    try:
        root = ET.fromstring(data)
    except (ET.ParseError, DefusedXmlException) as exc:
        raise LevelRejected(f"invalid level.xml: {exc}") from exc
    mode = root.get("mode", "")
    if mode not in GAME_MODES:
        raise LevelRejected(f"unknown game mode {mode!r}")
    info = LevelInfo(title=(root.findtext("title") or path.parent.name).strip(), mode=mode)
    for el in root.iter("spawn"):
        if len(info.spawns) >= MAX_SPAWNS:
            raise LevelRejected("too many spawn points")
        try:
            info.spawns.append(_spawn(el))
        except ValueError:
            raise LevelRejected("spawn coordinates must be numeric")
    info.asset_packs = [p.get("id") for p in root.iter("requires") if p.get("id")]
    if not info.spawns:
        raise LevelRejected("level has no spawn points")
    log.info("level %r: %d spawns, %d packs", info.title, len(info.spawns), len(info.asset_packs))
    return info
