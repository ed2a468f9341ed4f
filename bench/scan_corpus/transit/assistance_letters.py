"""PDF confirmations for booked travel assistance.

Produces the letter posted to customers who asked for written confirmation
of a ramp or travel-assistant booking.
"""
import os
import subprocess
import tempfile
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = Path(__file__).parent / "templates"
WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "/usr/bin/wkhtmltopdf")

jinja = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html", "xml"]))


def render_pdf(booking) -> bytes:
    html = jinja.get_template("confirmation_letter.html").render(booking=booking)
    with tempfile.TemporaryDirectory(prefix="assist-") as workdir:
        src = Path(workdir) / "letter.html"
        dst = Path(workdir) / "letter.pdf"
        src.write_text(html, encoding="utf-8")
        subprocess.run(
            [WKHTMLTOPDF, "--quiet", "--page-size", "A4", str(src), str(dst)],
            check=True,
            timeout=60,
        )
        return dst.read_bytes()


def write_archive_copy(booking, archive_dir: Path) -> Path:
    pdf = render_pdf(booking)
    fd, tmp = tempfile.mkstemp(dir=archive_dir, suffix=".pdf.part")
    with os.fdopen(fd, "wb") as fh:
        fh.write(pdf)
    final = archive_dir / f"assist-{booking.id}.pdf"
    os.replace(tmp, final)
    return final
