"""Worker that renders PNG thumbnails of uploaded commission drawings (PDF/SVG)."""
import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger("commissions.thumbs")

DRAWINGS_ROOT = Path("/srv/chairwright/media/drawings").resolve()
THUMB_ROOT = Path("/srv/chairwright/media/drawing-thumbs")
THUMB_SIZE = "480x480"
CONVERT = shutil.which("magick") or shutil.which("convert") or "convert"


class ThumbnailError(Exception):
    pass


def thumbnail_path(commission_id: int, drawing: Path) -> Path:
    return THUMB_ROOT / str(commission_id) / (drawing.stem + ".png")


def render_thumbnail(commission_id: int, drawing: Path, timeout: int = 60) -> Path:
    """Rasterise the first page of the drawing and scale it to fit THUMB_SIZE."""
    out = thumbnail_path(commission_id, drawing)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cw-thumb-") as tmp:
        staged = Path(tmp) / ("drawing" + drawing.suffix.lower())
        shutil.copyfile(drawing, staged)
        args = [
            CONVERT,
            "-density", "110",
            f"{staged}[0]",
            "-background", "white",
            "-flatten",
            "-thumbnail", THUMB_SIZE,
            str(out),
        ]
        try:
            subprocess.run(args, check=True, capture_output=True, timeout=timeout)
        except subprocess.CalledProcessError as exc:
            raise ThumbnailError(exc.stderr.decode(errors="replace")[:400]) from exc
        except subprocess.TimeoutExpired as exc:
            raise ThumbnailError(f"timed out rendering {drawing.name}") from exc
    log.info("thumbnail for commission %s: %s", commission_id, out.name)
    return out


def handle_message(message: dict) -> str:
    """Queue consumer entry point: {"commission_id": 12, "name": "seat-template.pdf"}."""
    commission_id = int(message["commission_id"])
    drawing = (DRAWINGS_ROOT / str(commission_id) / message["name"]).resolve()
    if not drawing.is_relative_to(DRAWINGS_ROOT) or drawing.suffix.lower() not in {".pdf", ".svg"}:
        raise ThumbnailError(f"refusing drawing {message['name']!r}")
    return str(render_thumbnail(commission_id, drawing))
