"""Reads the YAML sidecar files that external digitisation vendors deliver with each batch.

Each scanned image ``<name>.tif`` arrives with ``<name>.yml`` describing the
capture: camera, operator, colour target and the accession number scanned.
"""
from dataclasses import dataclass, field
from pathlib import Path

from yaml import Loader
from yaml import load as yaml_load

REQUIRED_KEYS = ("accession_number", "captured_at", "device")


@dataclass
class SidecarInfo:
    image: Path
    accession_number: str
    captured_at: str
    device: str
    operator: str | None = None
    colour_target: str | None = None
    extra: dict = field(default_factory=dict)


class SidecarError(ValueError):
    pass


def read_sidecar(image: Path) -> SidecarInfo:
    sidecar = image.with_suffix(".yml")
    with sidecar.open("r", encoding="utf-8") as fh:
        doc = yaml_load(fh, Loader=Loader)
    if not isinstance(doc, dict):
        raise SidecarError(f"{sidecar.name}: expected a mapping")
    missing = [k for k in REQUIRED_KEYS if k not in doc]
    if missing:
        raise SidecarError(f"{sidecar.name}: missing {', '.join(missing)}")
    return SidecarInfo(
        image=image,
        accession_number=str(doc.pop("accession_number")),
        captured_at=str(doc.pop("captured_at")),
        device=str(doc.pop("device")),
        operator=doc.pop("operator", None),
        colour_target=doc.pop("colour_target", None),
        extra=doc,
    )


def read_batch(batch_dir: Path) -> list[SidecarInfo]:
    return [read_sidecar(p) for p in sorted(batch_dir.glob("*.tif"))]
