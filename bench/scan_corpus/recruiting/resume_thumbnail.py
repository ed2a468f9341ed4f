"""Preview thumbnails for uploaded CVs (first page only)."""

import logging
import subprocess
import tempfile
from pathlib import Path

from PIL import Image

log = logging.getLogger(__name__)

THUMB_SIZE = (320, 414)
PDFTOPPM = "pdftoppm"


def make_thumbnail(pdf_bytes: bytes, dpi: int = 72) -> bytes:
    """Rasterise page one of a PDF CV and shrink it for the candidate list view."""
    with tempfile.TemporaryDirectory(prefix="cvthumb-") as workdir:
        work = Path(workdir)
        src = work / "source.pdf"
        src.write_bytes(pdf_bytes)
        subprocess.run(
            [PDFTOPPM, "-png", "-f", "1", "-l", "1", "-r", str(dpi), str(src), str(work / "page")],
            check=True,
            capture_output=True,
            timeout=30,
        )
        pages = sorted(work.glob("page*.png"))
        if not pages:
            raise RuntimeError("pdftoppm produced no output")

        with Image.open(pages[0]) as img:
            img.thumbnail(THUMB_SIZE)
            with tempfile.NamedTemporaryFile(suffix=".png", dir=workdir, delete=False) as out:
                img.save(out, format="PNG")
                out_path = Path(out.name)
        data = out_path.read_bytes()
    log.debug("thumbnail generated (%d bytes)", len(data))
    return data


def write_thumbnail_atomically(data: bytes, destination: Path) -> None:
    """Write next to the destination first so readers never see a half-written PNG."""
    fd, tmp_name = tempfile.mkstemp(suffix=".png", dir=destination.parent)
    try:
        with open(fd, "wb") as fh:
            fh.write(data)
        Path(tmp_name).replace(destination)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
