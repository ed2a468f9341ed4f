"""Renders itinerary PDFs for the document service."""
import os
import pathlib
import subprocess
import tempfile

from jinja2 import Environment, PackageLoader, select_autoescape

WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "wkhtmltopdf")
PDF_OPTIONS = ["--quiet", "--page-size", "A4", "--margin-top", "12mm", "--encoding", "utf-8"]

_env = Environment(
    loader=PackageLoader("itineraries", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)


def render_pdf(booking, out_dir: pathlib.Path) -> pathlib.Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    out_path = out_dir / f"itinerary-{booking.record_locator}.pdf"
    html = _env.get_template("itinerary.html").render(booking=booking)
    with tempfile.TemporaryDirectory(prefix="itin-") as tmp:
        src = pathlib.Path(tmp) / "itinerary.html"
        src.write_text(html, encoding="utf-8")
        cmd = [WKHTMLTOPDF, *PDF_OPTIONS, "--title", f"Itinerary for {booking.lead_passenger_name}",
               str(src), str(out_path)]
        subprocess.run(cmd, check=True, timeout=60, capture_output=True)
    return out_path
