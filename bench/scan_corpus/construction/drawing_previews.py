"""Generate PNG previews of the first sheet of uploaded drawing PDFs."""
import logging
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

PDFTOPPM = "/usr/bin/pdftoppm"
PREVIEW_DPI = 72


class PreviewError(RuntimeError):
    pass


def render_first_page(pdf_path: Path, out_dir: Path, stem: str) -> Path:
    """Render page one of ``pdf_path`` to ``out_dir/<stem>.png`` and return the path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    out_prefix = out_dir / stem
    cmd = [
        PDFTOPPM,
        "-png",
        "-r", str(PREVIEW_DPI),
        "-f", "1",
        "-l", "1",
        "-singlefile",
        str(pdf_path),
        str(out_prefix),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        log.warning("pdftoppm failed for %s: %s", pdf_path.name, result.stderr.strip()[-300:])
        raise PreviewError(f"could not render {pdf_path.name}")
    return out_prefix.with_suffix(".png")


def preview_from_upload(data: bytes, original_name: str, out_dir: Path, stem: str) -> Path:
    if not original_name.lower().endswith(".pdf"):
        raise PreviewError("only PDF drawings get previews")
    with tempfile.TemporaryDirectory(prefix="preview-") as tmp:
        src = Path(tmp) / "upload.pdf"
        src.write_bytes(data)
        return render_first_page(src, out_dir, stem)
