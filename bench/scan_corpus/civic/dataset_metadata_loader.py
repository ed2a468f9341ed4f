"""Loader for the metadata sidecar that publishers upload with a dataset.

Publishers upload ``dataset.yaml`` next to their CSV. We read it, check the
required fields and map it onto the catalogue's DCAT-style record.
"""
from dataclasses import dataclass, field
from datetime import date

import yaml

REQUIRED = ("title", "publisher", "license")
LICENSES = {"CC-BY-4.0", "CC0-1.0", "ODbL-1.0", "OGL-UK-3.0"}


@dataclass
class DatasetMeta:
    title: str
    publisher: str
    license: str
    description: str = ""
    keywords: list[str] = field(default_factory=list)
    update_frequency: str | None = None
    temporal_start: date | None = None


class MetadataError(ValueError):
    pass


def parse_sidecar(raw: bytes | str) -> DatasetMeta:
    doc = yaml.load(raw, Loader=yaml.SafeLoader)
    if not isinstance(doc, dict):
        raise MetadataError("metadata must be a mapping")
    missing = [k for k in REQUIRED if not doc.get(k)]
    if missing:
        raise MetadataError(f"missing fields: {', '.join(missing)}")
    if doc["license"] not in LICENSES:
        raise MetadataError(f"unsupported license {doc['license']!r}")
    start = doc.get("temporal", {}).get("start")
    return DatasetMeta(
        title=str(doc["title"])[:300],
        publisher=str(doc["publisher"]),
        license=doc["license"],
        description=str(doc.get("description", "")),
        keywords=[str(k) for k in doc.get("keywords", [])][:20],
        update_frequency=doc.get("update_frequency"),
        temporal_start=start if isinstance(start, date) else None,
    )


def load_from_upload(file_storage) -> DatasetMeta:
    data = file_storage.read(256 * 1024 + 1)
    if len(data) > 256 * 1024:
        raise MetadataError("metadata file too large")
    return parse_sidecar(data)
