"""Reads map bundles uploaded by site engineers through the console.

A bundle is a .zip holding ``map.yaml`` (origin, resolution, named zones)
plus the occupancy image it refers to.
"""
import io
import zipfile
from dataclasses import dataclass, field

import yaml

_Loader = getattr(yaml, "CLoader", yaml.Loader)

REQUIRED_KEYS = ("resolution", "origin", "image")


@dataclass
class MapMeta:
    name: str
    resolution: float
    origin: tuple
    image: str
    zones: dict = field(default_factory=dict)


def read_meta(bundle_bytes: bytes) -> MapMeta:
    with zipfile.ZipFile(io.BytesIO(bundle_bytes)) as zf:
        with zf.open("map.yaml") as fh:
            doc = yaml.load(fh, Loader=_Loader)
    if not isinstance(doc, dict):
        raise ValueError("map.yaml must be a mapping")
    missing = [k for k in REQUIRED_KEYS if k not in doc]
    if missing:
        raise ValueError(f"map.yaml missing keys: {', '.join(missing)}")
    return MapMeta(
        name=str(doc.get("name", "unnamed")),
        resolution=float(doc["resolution"]),
        origin=tuple(doc["origin"]),
        image=str(doc["image"]),
        zones=doc.get("zones") or {},
    )


def read_image(bundle_bytes: bytes, meta: MapMeta) -> bytes:
    with zipfile.ZipFile(io.BytesIO(bundle_bytes)) as zf:
        return zf.read(meta.image)
