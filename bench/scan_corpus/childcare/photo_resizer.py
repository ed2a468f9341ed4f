"""Background resizing of gallery photos into the sizes the parent app uses."""
import logging
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

RENDITIONS = {
    "thumb": "320x320",
    "feed": "1080x1080",
}
MAGICK = shutil.which("magick") or shutil.which("convert") or "convert"


class ResizeError(RuntimeError):
    pass


def render(src: Path, dst: Path, geometry: str) -> None:
    cmd = [MAGICK, str(src), "-auto-orient", "-strip", "-resize", f"{geometry}>", "-quality", "82", str(dst)]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise ResizeError(result.stderr.strip()[:500])


def build_renditions(photo_id: str, original: Path, out_root: Path) -> dict[str, Path]:
    outputs: dict[str, Path] = {}
    for name, geometry in RENDITIONS.items():
        target_dir = out_root / name
        target_dir.mkdir(parents=True, exist_ok=True)
        dst = target_dir / f"{photo_id}.jpg"
        render(original, dst, geometry)
        outputs[name] = dst
    log.info("photo %s: built %s", photo_id, ", ".join(outputs))
    return outputs
