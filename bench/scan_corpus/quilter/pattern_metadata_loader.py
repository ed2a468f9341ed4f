"""Reads the metadata sheet that designers upload alongside a pattern.

Designers describe a pattern in a small YAML document: finished size,
skill level, fabric requirements and the list of included PDF files.
"""
from dataclasses import dataclass, field

import yaml

REQUIRED_KEYS = {"title", "finished_size", "skill_level", "files"}
SKILL_LEVELS = {"beginner", "confident beginner", "intermediate", "advanced"}


class MetadataError(ValueError):
    pass


@dataclass
class PatternMetadata:
    title: str
    finished_size: str
    skill_level: str
    files: list[str]
    fabric_requirements: dict[str, str] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)


def parse_metadata(uploaded_bytes: bytes) -> PatternMetadata:
    try:
        doc = yaml.load(uploaded_bytes.decode("utf-8"), Loader=yaml.SafeLoader)
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise MetadataError(f"Could not read metadata: {exc}") from exc
    if not isinstance(doc, dict):
        raise MetadataError("Metadata must be a mapping")
    missing = REQUIRED_KEYS - doc.keys()
    if missing:
        raise MetadataError(f"Missing keys: {', '.join(sorted(missing))}")
    level = str(doc["skill_level"]).lower()
    if level not in SKILL_LEVELS:
        raise MetadataError(f"Unknown skill level {doc['skill_level']!r}")
    return PatternMetadata(
        title=str(doc["title"]),
        finished_size=str(doc["finished_size"]),
        skill_level=level,
        files=[str(f) for f in doc["files"]],
        fabric_requirements={str(k): str(v) for k, v in (doc.get("fabric_requirements") or {}).items()},
        tags=[str(t) for t in doc.get("tags", [])],
    )
