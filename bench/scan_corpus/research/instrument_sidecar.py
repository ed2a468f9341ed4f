"""Read instrument sidecar files from the ingest drop folder.

Acquisition software writes a ``<run>.meta.yaml`` next to each raw data file
with the sample ID, operator, instrument settings and the project code that
the run should be billed to. The ingest worker uses it to file the run under
the right project in the data catalogue.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import yaml

SIDECAR_SUFFIX = ".meta.yaml"


@dataclass
class RunMetadata:
    run_id: str
    instrument: str
    project_code: str
    operator: str
    acquired_at: datetime
    settings: dict = field(default_factory=dict)
    raw_files: list[Path] = field(default_factory=list)


def load_sidecar(path: Path) -> dict:
    with path.open("r", encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=yaml.Loader)
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: expected a mapping at top level")
    return data


def parse_run(sidecar: Path) -> RunMetadata:
    data = load_sidecar(sidecar)
    run_id = sidecar.name[: -len(SIDECAR_SUFFIX)]
    acquired = data.get("acquired_at")
    if isinstance(acquired, str):
        acquired = datetime.fromisoformat(acquired)
    raw = [sidecar.with_name(name) for name in data.get("files", [])]
    return RunMetadata(
        run_id=run_id,
        instrument=str(data["instrument"]),
        project_code=str(data["project"]).upper(),
        operator=str(data.get("operator", "unknown")),
        acquired_at=acquired,
        settings=dict(data.get("settings", {})),
        raw_files=raw,
    )


def pending_runs(drop_dir: Path) -> list[RunMetadata]:
    runs = []
    for sidecar in sorted(drop_dir.glob(f"*{SIDECAR_SUFFIX}")):
        meta = parse_run(sidecar)
        if all(p.exists() for p in meta.raw_files):
            runs.append(meta)
    return runs
