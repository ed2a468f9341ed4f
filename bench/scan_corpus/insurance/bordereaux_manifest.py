"""Pipeline step: read and validate the manifest of a delegated-authority upload.

Coverholders upload a bordereaux bundle through the broker portal. After
the unpack step, the batch directory contains ``manifest.yaml`` plus the
risk and claims CSVs it lists. This step checks the manifest and hands the
file list to the loader.
"""
import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

log = logging.getLogger("bdx.manifest")

REQUIRED_KEYS = {"coverholder_id", "binder_ref", "period_start", "period_end", "files"}
KNOWN_KINDS = {"risk", "premium", "claims"}


class ManifestError(ValueError):
    pass


@dataclass
class BordereauxManifest:
    coverholder_id: str
    binder_ref: str
    period_start: date
    period_end: date
    files: dict[str, list[Path]] = field(default_factory=dict)


def _resolve_inside(batch_dir: Path, name: str) -> Path:
    candidate = (batch_dir / name).resolve()
    if not candidate.is_relative_to(batch_dir.resolve()):
        raise ManifestError(f"file outside batch directory: {name}")
    return candidate


def read_manifest(batch_dir: Path) -> BordereauxManifest:
    with (batch_dir / "manifest.yaml").open(encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=yaml.Loader)
    if not isinstance(raw, dict):
        raise ManifestError("manifest must be a mapping")
    missing = REQUIRED_KEYS - raw.keys()
    if missing:
        raise ManifestError(f"manifest missing keys: {sorted(missing)}")

    files: dict[str, list[Path]] = {}
    for kind, names in raw["files"].items():
        if kind not in KNOWN_KINDS:
            raise ManifestError(f"unknown file kind {kind!r}")
        files[kind] = [_resolve_inside(batch_dir, n) for n in names]

    manifest = BordereauxManifest(
        coverholder_id=str(raw["coverholder_id"]),
        binder_ref=str(raw["binder_ref"]),
        period_start=date.fromisoformat(str(raw["period_start"])),
        period_end=date.fromisoformat(str(raw["period_end"])),
        files=files,
    )
    if manifest.period_end < manifest.period_start:
        raise ManifestError("period_end before period_start")
    log.info("manifest ok: binder %s, %d files",
             manifest.binder_ref, sum(len(v) for v in files.values()))
    return manifest
