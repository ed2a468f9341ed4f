"""Label spooling for the workshop's pipe-marking printer.

Every pipe made in the workshop gets a label with the rank, note and scale
before it goes to the voicing room. The stock app writes label jobs into a
spool folder which the label printer service on the workshop PC picks up.
"""
import json
import os
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path


class SpoolSettings:
    spool_dir = Path(os.environ.get("LABEL_SPOOL_DIR", "/var/spool/organworks-labels"))
    dir_mode = 0o777
    job_suffix = ".job.json"


@dataclass
class PipeLabel:
    instrument: str
    division: str
    rank: str
    note: str
    scale_mm: float
    mouth_ratio: str


def ensure_spool(settings: type[SpoolSettings] = SpoolSettings) -> Path:
    settings.spool_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(settings.spool_dir, settings.dir_mode)
    return settings.spool_dir


def spool_labels(labels: list[PipeLabel], copies: int = 1) -> Path:
    spool = ensure_spool()
    job_id = uuid.uuid4().hex
    job_path = spool / f"{job_id}{SpoolSettings.job_suffix}"
    tmp_path = job_path.with_suffix(".tmp")
    payload = {"job": job_id, "copies": copies, "labels": [asdict(lbl) for lbl in labels]}
    tmp_path.write_text(json.dumps(payload), encoding="utf-8")
    tmp_path.replace(job_path)
    return job_path


def labels_for_rank(instrument: str, division: str, rank: str, scales: dict[str, float]) -> list[PipeLabel]:
    return [
        PipeLabel(instrument, division, rank, note, scale, "1/4")
        for note, scale in scales.items()
    ]


def pending_jobs() -> list[str]:
    spool = SpoolSettings.spool_dir
    return sorted(p.name for p in spool.glob(f"*{SpoolSettings.job_suffix}"))
