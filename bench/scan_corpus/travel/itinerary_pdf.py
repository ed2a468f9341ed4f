"""Render itinerary PDFs that are attached to booking confirmation emails."""
import os
import pathlib
import subprocess
import tempfile

from jinja2 import Environment, PackageLoader, select_autoescape

WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "/usr/local/bin/wkhtmltopdf")

_env = Environment(
    loader=PackageLoader("itineraries", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)


def _render_html(booking) -> str:
    template = _env.get_template("itinerary.html")
    return template.render(booking=booking, segments=booking.segments, passengers=booking.passengers)


def render_pdf(booking, out_dir: pathlib.Path) -> pathlib.Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    out_path = out_dir / f"itinerary-{booking.record_locator}.pdf"
    title = f"Itinerary for {booking.lead_passenger_name}"
    with tempfile.TemporaryDirectory(prefix="itin-") as tmp:
        src = pathlib.Path(tmp) / "itinerary.html"
        src.write_text(_render_html(booking), encoding="utf-8")
        cmd = f'{WKHTMLTOPDF} --quiet --page-size A4 --title "{title}" {src} {out_path}'
        subprocess.run(cmd, shell=True, check=True, timeout=60)
    return out_path
