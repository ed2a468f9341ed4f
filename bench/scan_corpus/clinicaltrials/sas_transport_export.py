"""Write SDTM domains to SAS transport (XPT v5) files via an R helper script.

Called by the export job for every domain requested in a sponsor's
data-transfer specification.
"""
import logging
import re
import shlex
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

DOMAIN_RE = re.compile(r"[A-Z]{2,8}")
STUDY_RE = re.compile(r"[A-Z0-9-]{3,20}")
HELPER = Path(__file__).with_name("write_xpt.R")


class ExportError(RuntimeError):
    pass


def export_xpt(study_code: str, domain: str, src_dir: Path, out_dir: Path, timeout: int = 900) -> Path:
    if not STUDY_RE.fullmatch(study_code) or not DOMAIN_RE.fullmatch(domain):
        raise ValueError(f"invalid study/domain: {study_code!r}/{domain!r}")
    rscript = shutil.which("Rscript")
    if rscript is None:
        raise ExportError("Rscript not found on PATH")

    out_file = out_dir / f"{domain.lower()}.xpt"
    cmd = [
        rscript, "--vanilla", str(HELPER),
        "--study", study_code,
        "--domain", domain,
        "--in", str(src_dir),
        "--out", str(out_file),
    ]
    log.info("running %s", shlex.join(cmd))
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    if result.returncode != 0:
        raise ExportError(f"{domain}: {result.stderr.strip()[-500:]}")
    return out_file
