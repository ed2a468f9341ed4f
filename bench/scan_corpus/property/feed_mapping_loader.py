"""Loads per-partner YAML mapping files used by the listing syndication exporter."""
from pathlib import Path
from typing import Any

import yaml

from .errors import MappingError

REQUIRED_FIELDS = ("listing_id", "address", "rent", "bedrooms", "available_on")


class MappingLoader:
    """Reads mapping documents that partners submit through the onboarding form."""

    loader_cls = yaml.SafeLoader

    def __init__(self, max_bytes: int = 128 * 1024):
        self.max_bytes = max_bytes

    def loads(self, raw: bytes | str) -> dict[str, Any]:
        if len(raw) > self.max_bytes:
            raise MappingError("mapping document too large")
        try:
            doc = yaml.load(raw, Loader=self.loader_cls)
        except yaml.YAMLError as exc:
            raise MappingError(f"invalid YAML: {exc}") from exc
        if not isinstance(doc, dict):
            raise MappingError("mapping must be a YAML mapping")
        self._validate(doc)
        return doc

    def load_path(self, path: Path) -> dict[str, Any]:
        return self.loads(path.read_bytes())

    @staticmethod
    def _validate(doc: dict[str, Any]) -> None:
        fields = doc.get("fields")
        if not isinstance(fields, dict):
            raise MappingError("'fields' section is required")
        missing = [f for f in REQUIRED_FIELDS if f not in fields]
        if missing:
            raise MappingError("missing field mappings: " + ", ".join(missing))
        for key, target in fields.items():
            if not isinstance(target, str):
                raise MappingError(f"mapping for {key!r} must be a string")
