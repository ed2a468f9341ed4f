"""Render customer-uploaded vector artwork (SVG/AI/EPS) into captioned proof PNGs.

Called by the proof worker once an upload is stored as ``<upload_id>.<ext>``.
Inkscape rasterises the artwork and ImageMagick stamps the design name and
pin size along the bottom edge so the customer can check them on the proof.
"""
import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("pinmaker.render")

INKSCAPE = "/usr/bin/inkscape"
CONVERT = "/usr/bin/convert"
PROOF_DPI = 300
RENDER_TIMEOUT = 120


@dataclass
class ProofJob:
    order_no: str
    upload_id: str
    stored_path: Path
    design_name: str
    size_mm: int


def _caption(job: ProofJob) -> str:
    return f"{job.design_name} - {job.size_mm}mm"


def rasterise(job: ProofJob, out_dir: Path, dpi: int = PROOF_DPI) -> Path:
    target = out_dir / f"{job.upload_id}_proof.png"
    out_dir.mkdir(parents=True, exist_ok=True)
    pipeline = (
        f"{INKSCAPE} --export-type=png --export-dpi={dpi} --export-filename=- "
        f"'{job.stored_path}' | {CONVERT} png:- -gravity south -splice 0x60 "
        f"-pointsize 28 -annotate +0+12 \"{_caption(job)}\" '{target}'"
    )
    result = subprocess.run(pipeline, shell=True, capture_output=True, text=True,
                            timeout=RENDER_TIMEOUT)
    if result.returncode != 0:
        log.error("render failed for order %s: %s", job.order_no, result.stderr[-500:])
        raise RuntimeError(f"proof render exited with {result.returncode}")
    return target


def handle_upload_event(event: dict, proof_root: Path) -> str:
    job = ProofJob(
        order_no=event["order_no"],
        upload_id=event["upload_id"],
        stored_path=Path(event["stored_path"]),
        design_name=event["design_name"],
        size_mm=int(event["size_mm"]),
    )
    png = rasterise(job, proof_root / job.order_no)
    log.info("proof image ready for %s: %s", job.order_no, png.name)
    return str(png)
