"""Converts client-approved SVG emblazonments into PDF proofs for the printer.

The client picks a paper size and margin on the order form; the studio's
print shop expects a PDF per size.
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

PAPER_SIZES_MM = {"A4": (210, 297), "A3": (297, 420), "A2": (420, 594), "letter": (216, 279)}
RSVG = shutil.which("rsvg-convert") or "/usr/bin/rsvg-convert"


class ConversionError(RuntimeError):
    pass


def _dimensions(paper: str, margin_mm: str) -> tuple[str, str]:
    if paper not in PAPER_SIZES_MM:
        raise ConversionError(f"unsupported paper size {paper!r}")
    margin = int(margin_mm)
    if not 0 <= margin <= 40:
        raise ConversionError("margin must be between 0 and 40 mm")
    w, h = PAPER_SIZES_MM[paper]
    return f"{w - 2 * margin}mm", f"{h - 2 * margin}mm"


def svg_to_pdf(svg_path: Path, out_dir: Path, paper: str, margin_mm: str, title: str) -> Path:
    width, height = _dimensions(paper, margin_mm)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(suffix=".pdf", dir=out_dir, delete=False) as tmp:
        tmp_path = Path(tmp.name)
    args = [RSVG, "--format=pdf", f"--width={width}", f"--height={height}",
            "--keep-aspect-ratio", f"--output={tmp_path}", str(svg_path)]
    result = subprocess.run(args, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        tmp_path.unlink(missing_ok=True)
        raise ConversionError(result.stderr.strip() or "rsvg-convert failed")
    final = out_dir / f"{svg_path.stem}-{paper}.pdf"
    tmp_path.replace(final)
    _tag_title(final, title)
    return final


def _tag_title(pdf: Path, title: str) -> None:
    """Sets the PDF Title metadata to the armiger's name via exiftool."""
    subprocess.run(["exiftool", "-overwrite_original", f"-Title={title}", str(pdf)],
                   check=True, capture_output=True, timeout=60)
