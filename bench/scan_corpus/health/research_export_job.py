"""Worker that fulfils approved research data-export requests.

Requests are created by investigators in the research portal, approved by the
IRB coordinator, and then picked up here from the export_requests table.
"""
import json
import logging
import subprocess
import tarfile
import tempfile
from pathlib import Path

from .deid import write_deidentified_cohort

log = logging.getLogger("research_export")


def build_archive(request: dict, workdir: Path) -> Path:
    cohort_dir = workdir / "cohort"
    cohort_dir.mkdir()
    write_deidentified_cohort(request["cohort_id"], cohort_dir)
    archive = workdir / f"{request['request_id']}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(cohort_dir, arcname=request["request_id"])
    return archive


def upload(archive: Path, request: dict, bucket: str) -> str:
    dest = f"s3://{bucket}/exports/{request['study_label']}/{archive.name}"
    subprocess.run(f"aws s3 cp {archive} {dest} --sse aws:kms", shell=True, check=True)
    return dest


def process(request_row: dict, bucket: str) -> str:
    request = json.loads(request_row["payload"])
    request["request_id"] = str(request_row["id"])
    with tempfile.TemporaryDirectory(prefix="export-") as tmp:
        archive = build_archive(request, Path(tmp))
        dest = upload(archive, request, bucket)
    log.info("export %s delivered to %s", request["request_id"], dest)
    return dest
