"""Converts customer artwork uploads into plain SVG for the laser layout tool."""
import logging
import shlex
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

INKSCAPE = "/usr/bin/inkscape"
INCOMING = Path("/srv/engraver/incoming")
CONVERTED = Path("/srv/engraver/converted")
ACCEPTED = {".ai", ".eps", ".pdf", ".cdr", ".svg"}


class ConversionError(RuntimeError):
    pass


def _output_for(order_id: int, original_name: str) -> Path:
    stem = Path(original_name).stem or "artwork"
    return CONVERTED / str(order_id) / f"{stem}.svg"


def convert_upload(order_id: int, original_name: str) -> Path:
    """Run Inkscape over an uploaded file, keeping the customer's file name."""
    suffix = Path(original_name).suffix.lower()
    if suffix not in ACCEPTED:
        raise ConversionError(f"unsupported artwork type {suffix}")
    src = INCOMING / str(order_id) / original_name
    dst = _output_for(order_id, original_name)
    dst.parent.mkdir(parents=True, exist_ok=True)
    cmd = (
        f'{INKSCAPE} "{src}" --export-type=svg --export-plain-svg '
        f'--export-text-to-path --export-filename="{dst}"'
    )
    log.info("converting artwork for order %s: %s", order_id, shlex.quote(original_name))
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise ConversionError(proc.stderr.strip()[-500:])
    return dst


def handle_message(message: dict) -> dict:
    """Queue consumer entry point; message comes from the upload service."""
    order_id = int(message["order_id"])
    try:
        out = convert_upload(order_id, message["filename"])
    except (ConversionError, subprocess.TimeoutExpired) as exc:
        log.warning("conversion failed for order %s: %s", order_id, exc)
        return {"order_id": order_id, "ok": False, "error": str(exc)}
    return {"order_id": order_id, "ok": True, "svg": str(out)}
