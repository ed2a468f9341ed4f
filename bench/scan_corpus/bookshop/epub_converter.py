"""Converts watermarked EPUBs to Kindle-friendly formats with Calibre.

Customers can pick a target format on the library page; conversion runs in
the download worker.
"""
import logging
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

OUTPUT_PROFILES = {"azw3": "kindle_pw3", "mobi": "kindle", "pdf": "tablet"}
CONVERT_TIMEOUT = 180


class ConversionError(RuntimeError):
    pass


def ebook_convert_binary() -> str:
    path = shutil.which("ebook-convert")
    if path is None:
        raise ConversionError("calibre's ebook-convert is not installed")
    return path


def convert(source: Path, target_format: str, out_dir: Path) -> Path:
    profile = OUTPUT_PROFILES.get(target_format)
    if profile is None:
        raise ConversionError(f"unsupported format {target_format!r}")
    target = out_dir / f"{source.stem}.{target_format}"
    argv = [ebook_convert_binary(), str(source), str(target), "--output-profile", profile]
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=CONVERT_TIMEOUT, check=False)
    except subprocess.TimeoutExpired as exc:
        raise ConversionError(f"conversion of {source.name} timed out") from exc
    if proc.returncode != 0:
        log.error("ebook-convert failed for %s: %s", source.name, proc.stderr[-2000:])
        raise ConversionError(f"conversion of {source.name} failed")
    return target
