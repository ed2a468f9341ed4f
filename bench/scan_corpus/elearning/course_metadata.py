"""Reads ``course.yml`` from uploaded course packages into catalogue metadata."""
import zipfile
from dataclasses import dataclass, field

import yaml

METADATA_NAME = "course.yml"


class MetadataError(ValueError):
    pass


@dataclass
class CourseMetadata:
    code: str
    title: str
    duration_minutes: int = 0
    language: str = "en"
    tags: list[str] = field(default_factory=list)
    prerequisites: list[str] = field(default_factory=list)


def read_metadata(package_path: str) -> CourseMetadata:
    with zipfile.ZipFile(package_path) as zf:
        try:
            raw = zf.read(METADATA_NAME)
        except KeyError as exc:
            raise MetadataError(f"{METADATA_NAME} missing from package") from exc

    data = yaml.load(raw, Loader=yaml.Loader)
    if not isinstance(data, dict):
        raise MetadataError(f"{METADATA_NAME} must be a mapping")
    try:
        return CourseMetadata(
            code=str(data["code"]),
            title=str(data["title"]),
            duration_minutes=int(data.get("duration_minutes", 0)),
            language=str(data.get("language", "en")),
            tags=[str(t) for t in data.get("tags", [])],
            prerequisites=[str(p) for p in data.get("prerequisites", [])],
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise MetadataError(f"invalid {METADATA_NAME}: {exc}") from exc
