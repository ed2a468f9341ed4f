"""Ingest of soil lab result archives.

Partner labs deliver a ``.tar.gz`` per sampling job containing one CSV per
field plus the lab's PDF report. Archives land in the inbox via SFTP.
"""
import csv
import logging
import tarfile
from pathlib import Path

log = logging.getLogger("pipeline.soil_lab")

if not hasattr(tarfile, "data_filter"):
    raise RuntimeError("Python with tarfile extraction filters (3.11.4+) is required")


def unpack_job(archive: Path, staging_root: Path) -> Path:
    job_dir = staging_root / archive.name.removesuffix(".tar.gz")
    job_dir.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(job_dir, filter="data")
    return job_dir


def read_results(job_dir: Path) -> list[dict]:
    rows = []
    for path in sorted(job_dir.rglob("*.csv")):
        with path.open(newline="", encoding="utf-8-sig") as fh:
            for rec in csv.DictReader(fh):
                rows.append({
                    "field_code": rec["FieldID"].strip(),
                    "sample_id": rec["SampleID"].strip(),
                    "ph": float(rec["pH"]),
                    "om_pct": float(rec["OM%"]),
                    "p_ppm": float(rec["P (Bray1)"]),
                    "k_ppm": float(rec["K"]),
                })
    return rows


def process_archive(archive: str, staging_root: str, repo) -> int:
    job_dir = unpack_job(Path(archive), Path(staging_root))
    results = read_results(job_dir)
    repo.save_soil_results(job=job_dir.name, rows=results)
    log.info("stored %d soil samples from %s", len(results), job_dir.name)
    return len(results)
