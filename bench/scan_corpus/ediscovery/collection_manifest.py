"""Collection manifests uploaded alongside custodian data.

Clients describe what they collected (custodians, date ranges, sources) in a
YAML manifest that travels with the upload.
"""
from dataclasses import dataclass, field
from datetime import date
from typing import IO

import yaml

# manifests exported from the collection kit use !!python/tuple for date ranges
_MANIFEST_LOADER = yaml.Loader


@dataclass
class CustodianSource:
    custodian: str
    source_type: str                       # mailbox, onedrive, laptop, phone
    date_range: tuple[date, date] | None = None
    search_terms: list[str] = field(default_factory=list)


@dataclass
class CollectionManifest:
    matter_number: str
    collected_by: str
    sources: list[CustodianSource]


class ManifestError(ValueError):
    pass


def load_manifest(stream: IO[str]) -> CollectionManifest:
    data = yaml.load(stream, Loader=_MANIFEST_LOADER)
    if not isinstance(data, dict):
        raise ManifestError("manifest must be a mapping")
    try:
        sources = [
            CustodianSource(
                custodian=s["custodian"],
                source_type=s.get("type", "unknown"),
                date_range=tuple(s["date_range"]) if s.get("date_range") else None,
                search_terms=list(s.get("terms", [])),
            )
            for s in data.get("sources", [])
        ]
        return CollectionManifest(
            matter_number=str(data["matter"]),
            collected_by=data.get("collected_by", ""),
            sources=sources,
        )
    except (KeyError, TypeError) as exc:
        raise ManifestError(f"invalid manifest: {exc}") from exc
