"""Delivers approved de-identified cohort archives to the study's S3 prefix."""
import logging
import re
import shlex
import subprocess
from pathlib import Path

log = logging.getLogger("cohort_delivery")

STUDY_LABEL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


def s3_destination(bucket: str, study_label: str, archive: Path) -> str:
    if not STUDY_LABEL.fullmatch(study_label):
        raise ValueError(f"invalid study label: {study_label!r}")
    return f"s3://{bucket}/exports/{study_label}/{archive.name}"


def upload(archive: Path, study_label: str, bucket: str) -> str:
    dest = s3_destination(bucket, study_label, archive)
    cmd = ["aws", "s3", "cp", str(archive), dest, "--sse", "aws:kms", "--only-show-errors"]
    log.info("running %s", shlex.join(cmd))
    subprocess.run(cmd, check=True, timeout=1800)
    return dest


def checksum(archive: Path) -> str:
    out = subprocess.run(
        ["sha256sum", "--", str(archive)], check=True, capture_output=True, text=True
    )
    return out.stdout.split()[0]
