"""Loads the YAML manifest that podcast networks upload with a catalogue import."""
from typing import IO

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError


class ManifestError(ValueError):
    pass


def _loader() -> YAML:
    yaml = YAML(typ="safe", pure=True)
    yaml.allow_duplicate_keys = False
    return yaml


def load_manifest(stream: IO[str]) -> dict:
    try:
        doc = _loader().load(stream)
    except YAMLError as exc:
        raise ManifestError(f"manifest is not valid YAML: {exc}") from exc
    if not isinstance(doc, dict):
        raise ManifestError("manifest root must be a mapping")
    shows = doc.get("shows")
    if not isinstance(shows, list) or not shows:
        raise ManifestError("manifest must list at least one show")
    for i, show in enumerate(shows):
        for key in ("slug", "title", "episodes"):
            if key not in show:
                raise ManifestError(f"shows[{i}] is missing '{key}'")
        for j, ep in enumerate(show["episodes"]):
            if not {"guid", "title", "audio"} <= set(ep):
                raise ManifestError(f"shows[{i}].episodes[{j}] needs guid, title and audio")
    return doc
