"""Installer for recorded organ sample sets on hybrid consoles.

Some MIDI-upgraded consoles drive a sample-playback computer alongside the
pipes. Clients upload sample-set packages (a zip of WAV samples and an
instrument definition) through the kit configuration web page; the installer
unpacks them into the console computer's sample library.
"""
import logging
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from flask import Blueprint, abort, current_app, request

bp = Blueprint("samplesets", __name__, url_prefix="/samplesets")
log = logging.getLogger("console.samplesets")

DEFINITION_SUFFIX = ".organ"
MAX_PACKAGE_BYTES = 4 * 1024**3


def library_root() -> Path:
    return Path(current_app.config["SAMPLE_LIBRARY"])


def unpack_package(package: zipfile.ZipFile, install_dir: Path) -> int:
    written = 0
    for info in package.infolist():
        if info.is_dir():
            continue
        target = install_dir / info.filename
        target.parent.mkdir(parents=True, exist_ok=True)
        with package.open(info) as src, open(target, "wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
        written += 1
    return written


def find_definition(package: zipfile.ZipFile) -> str:
    names = [n for n in package.namelist() if n.endswith(DEFINITION_SUFFIX)]
    if len(names) != 1:
        raise ValueError("package must contain exactly one instrument definition")
    return names[0]


@bp.post("/<int:console_id>")
def install_sample_set(console_id: int):
    upload = request.files.get("package")
    if upload is None:
        abort(400)
    if request.content_length and request.content_length > MAX_PACKAGE_BYTES:
        abort(413)
    with zipfile.ZipFile(upload.stream) as package:
        try:
            definition = find_definition(package)
        except ValueError as exc:
            return {"error": str(exc)}, 400
        set_name = Path(definition).stem
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
        install_dir = library_root() / f"console-{console_id}" / f"set-{stamp}"
        install_dir.mkdir(parents=True, exist_ok=True)
        count = unpack_package(package, install_dir)
    log.info("installed sample set %s on console %s (%d files)", set_name, console_id, count)
    return {"installed": set_name, "files": count}
