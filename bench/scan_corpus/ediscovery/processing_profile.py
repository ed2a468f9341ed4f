"""Processing profiles: per-matter settings for ingest, OCR and de-NISTing.

Profiles are authored by project managers and may also be supplied by
clients through the portal when they want custom handling.
"""
from dataclasses import dataclass, field
from typing import IO

import yaml

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # libyaml not available
    _Loader = yaml.SafeLoader


@dataclass
class ProcessingProfile:
    name: str
    ocr_languages: list[str] = field(default_factory=lambda: ["eng"])
    denist: bool = True
    dedupe_scope: str = "global"            # global | custodian | none
    extract_embedded: bool = True
    timezone: str = "UTC"
    excluded_extensions: list[str] = field(default_factory=list)


_ALLOWED_SCOPES = {"global", "custodian", "none"}


def load_profile(stream: IO[str]) -> ProcessingProfile:
    raw = yaml.load(stream, Loader=_Loader) or {}
    if not isinstance(raw, dict):
        raise ValueError("profile must be a mapping")
    scope = raw.get("dedupe_scope", "global")
    if scope not in _ALLOWED_SCOPES:
        raise ValueError(f"unknown dedupe scope {scope!r}")
    return ProcessingProfile(
        name=str(raw["name"]),
        ocr_languages=[str(x) for x in raw.get("ocr_languages", ["eng"])],
        denist=bool(raw.get("denist", True)),
        dedupe_scope=scope,
        extract_embedded=bool(raw.get("extract_embedded", True)),
        timezone=str(raw.get("timezone", "UTC")),
        excluded_extensions=[str(x).lower() for x in raw.get("excluded_extensions", [])],
    )
