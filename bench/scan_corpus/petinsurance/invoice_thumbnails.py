"""Render first-page thumbnails of vet invoices for the claims review screen."""
import logging
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

PDFTOPPM = "pdftoppm"
THUMB_DPI = 72


def render_thumbnail(pdf_path: Path, out_dir: Path, dpi: int = THUMB_DPI) -> Path | None:
    """Write ``<stem>.png`` for page 1 of ``pdf_path`` into ``out_dir``."""
    out_prefix = out_dir / pdf_path.stem
    cmd = [
        PDFTOPPM, "-png", "-singlefile",
        "-r", str(int(dpi)),
        "-f", "1", "-l", "1",
        str(pdf_path), str(out_prefix),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=30, check=False)
    if proc.returncode != 0:
        log.warning("thumbnail failed for %s: %s", pdf_path.name, proc.stderr.strip()[:200])
        return None
    return out_prefix.with_suffix(".png")


def thumbnail_bytes(pdf_bytes: bytes) -> bytes | None:
    with tempfile.TemporaryDirectory(prefix="thumb-") as tmp:
        src = Path(tmp) / "invoice.pdf"
        src.write_bytes(pdf_bytes)
        png = render_thumbnail(src, Path(tmp))
        return png.read_bytes() if png else None
