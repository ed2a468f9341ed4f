"""Celery task that regrids GRIB2 model output onto the portal's 0.1 deg grid."""
import re
import subprocess
from pathlib import Path

from celery import shared_task

MODEL_ROOT = Path("/data/models")
PORTAL_ROOT = Path("/data/portal/regridded")
CDO = "/usr/bin/cdo"
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_VAR_RE = re.compile(r"^[A-Za-z0-9_]+(,[A-Za-z0-9_]+)*$")


def _check(value: str, pattern: re.Pattern, what: str) -> str:
    if not pattern.match(value):
        raise ValueError(f"invalid {what}: {value!r}")
    return value


@shared_task(bind=True, max_retries=2, acks_late=True)
def regrid(self, run: str, filename: str, variables: str = "2t,10u,10v,tp") -> str:
    src = MODEL_ROOT / _check(run, _NAME_RE, "run") / _check(filename, _NAME_RE, "file")
    dst = PORTAL_ROOT / run / f"{filename}.nc"
    dst.parent.mkdir(parents=True, exist_ok=True)
    grid = Path(__file__).with_name("portal_grid_0p1.txt")
    cmd = [
        CDO, "-f", "nc4", "-z", "zip_4",
        f"remapbil,{grid}",
        f"-selname,{_check(variables, _VAR_RE, 'variables')}",
        str(src), str(dst),
    ]
    try:
        subprocess.run(cmd, check=True, capture_output=True, timeout=900)
    except subprocess.CalledProcessError as exc:
        raise self.retry(exc=exc, countdown=120)
    return str(dst)
