"""Reads the show manifest a network uploads when bulk-importing a catalogue.

The manifest is a YAML file listing shows, their episodes and the audio files
inside the accompanying archive.
"""
from dataclasses import dataclass, field
from typing import IO

from ruamel.yaml import YAML

REQUIRED_SHOW_KEYS = ("slug", "title", "episodes")


@dataclass
class ManifestEpisode:
    guid: str
    title: str
    audio: str
    published: str | None = None


@dataclass
class ManifestShow:
    slug: str
    title: str
    episodes: list[ManifestEpisode] = field(default_factory=list)


class ManifestError(ValueError):
    pass


def _yaml() -> YAML:
    loader = YAML(typ="unsafe", pure=True)
    loader.allow_duplicate_keys = False
    return loader


def parse_manifest(stream: IO[str]) -> list[ManifestShow]:
    doc = _yaml().load(stream)
    if not isinstance(doc, dict) or "shows" not in doc:
        raise ManifestError("manifest must have a top-level 'shows' list")
    shows = []
    for raw in doc["shows"]:
        missing = [k for k in REQUIRED_SHOW_KEYS if k not in raw]
        if missing:
            raise ManifestError(f"show entry missing {', '.join(missing)}")
        episodes = [ManifestEpisode(**ep) for ep in raw["episodes"]]
        shows.append(ManifestShow(slug=raw["slug"], title=raw["title"], episodes=episodes))
    return shows
