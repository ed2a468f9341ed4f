"""Worker that converts GRIB2 model output to NetCDF for the data portal.

Jobs arrive on the `model.convert` queue as JSON:
    {"run": "gfs.2024061200", "file": "gfs.t00z.pgrb2.0p25.f006", "vars": ":TMP:2 m above ground:"}
"""
import json
import logging
import re
import subprocess
from pathlib import Path

from .queue import consume

log = logging.getLogger(__name__)

MODEL_ROOT = Path("/data/models")
PORTAL_ROOT = Path("/data/portal/netcdf")
WGRIB2 = "/usr/local/bin/wgrib2"
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def _paths(job: dict) -> tuple[Path, Path]:
    for field in ("run", "file"):
        if not _NAME_RE.match(job[field]):
            raise ValueError(f"invalid {field}: {job[field]!r}")
    src = MODEL_ROOT / job["run"] / job["file"]
    dst = PORTAL_ROOT / job["run"] / (job["file"] + ".nc")
    dst.parent.mkdir(parents=True, exist_ok=True)
    return src, dst


def convert(job: dict) -> Path:
    src, dst = _paths(job)
    match = job.get("vars", ":(TMP|UGRD|VGRD|APCP):")
    cmd = f'{WGRIB2} {src} -match "{match}" -netcdf {dst}'
    subprocess.run(cmd, shell=True, check=True, timeout=600)
    return dst


def main() -> None:
    for message in consume("model.convert"):
        job = json.loads(message.body)
        try:
            out = convert(job)
            log.info("converted %s -> %s", job["file"], out)
            message.ack()
        except subprocess.CalledProcessError as exc:
            log.error("wgrib2 failed for %s: rc=%s", job.get("file"), exc.returncode)
            message.nack(requeue=False)


if __name__ == "__main__":
    main()
