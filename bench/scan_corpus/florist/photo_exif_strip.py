"""Strip location metadata from proof photos before shops can download them."""
import logging
import subprocess
import uuid
from pathlib import Path

log = logging.getLogger(__name__)

EXIFTOOL = "exiftool"
STRIP_ARGS = ("-q", "-overwrite_original", "-gps:all=", "-xmp:geotag=")


def store_and_strip(upload, root: Path, note: str = "") -> Path:
    dest = root / f"{uuid.uuid4().hex}.jpg"
    upload.save(dest)
    args = [EXIFTOOL, *STRIP_ARGS]
    if note:
        args.append(f"-Comment={note}")
    args.append(str(dest))
    result = subprocess.run(args, capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        log.error("exiftool failed for %s: %s", dest.name, result.stderr.strip())
        dest.unlink(missing_ok=True)
        raise RuntimeError("could not process photo")
    return dest
