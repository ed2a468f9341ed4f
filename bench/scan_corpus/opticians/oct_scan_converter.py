"""Converts vendor OCT exports to PNG slices for the clinical viewer.

Runs the vendor's command-line exporter and ImageMagick. File names come
from the upload record, so everything is passed as an argument list.
"""
import logging
import shlex
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

CONVERTER = {
    "exporter": shutil.which("octexport") or "/opt/octvendor/bin/octexport",
    "magick": shutil.which("magick") or "/usr/bin/magick",
    "timeout": 300,
}


def _run(args: list[str]) -> None:
    log.debug("running %s", shlex.join(args))
    subprocess.run(args, check=True, timeout=CONVERTER["timeout"],
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def export_slices(scan_path: Path, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    _run([CONVERTER["exporter"], "--format", "tiff", "--out", str(out_dir), "--", str(scan_path)])
    slices = []
    for tiff in sorted(out_dir.glob("*.tif*")):
        png = tiff.with_suffix(".png")
        _run([CONVERTER["magick"], str(tiff), "-normalize", str(png)])
        tiff.unlink()
        slices.append(png)
    return slices


def convert_upload(upload) -> int:
    scan_path = Path(upload.stored_path)
    out_dir = scan_path.parent / f"{upload.pk}_slices"
    try:
        slices = export_slices(scan_path, out_dir)
    except subprocess.CalledProcessError as exc:
        log.error("OCT export failed for upload %s: %s", upload.pk,
                  exc.stderr.decode(errors="replace")[-500:])
        raise
    upload.slice_count = len(slices)
    upload.save(update_fields=["slice_count"])
    return len(slices)
