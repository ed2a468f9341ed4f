"""Export a charter yacht's electronic logbook as a signed PDF bundle.

Skippers can request their voyage log after check-out; we render HTML with
the logbook template and convert it with wkhtmltopdf, then zip it with the
GPX track.
"""
from __future__ import annotations

import subprocess
import tempfile
import zipfile
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

env = Environment(
    loader=PackageLoader("marina.charter", "templates"),
    autoescape=select_autoescape(["html"]),
)

WKHTMLTOPDF = "/usr/bin/wkhtmltopdf"


def _html_to_pdf(html: str, out_pdf: Path) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as fh:
        fh.write(html)
        src = Path(fh.name)
    try:
        subprocess.run(
            [WKHTMLTOPDF, "--quiet", "--title", out_pdf.stem, str(src), str(out_pdf)],
            check=True,
            timeout=90,
        )
    finally:
        src.unlink(missing_ok=True)


def export_logbook(voyage, out_dir: Path) -> Path:
    html = env.get_template("logbook.html").render(voyage=voyage, entries=voyage.entries)
    out_dir.mkdir(parents=True, exist_ok=True)
    label = f"logbook-{voyage.id}-{voyage.start:%Y%m%d}"
    pdf_path = out_dir / f"voyage-{voyage.id}.pdf"
    _html_to_pdf(html, pdf_path)

    bundle = out_dir / f"voyage-{voyage.id}.zip"
    with zipfile.ZipFile(bundle, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.write(pdf_path, arcname=f"{label}.pdf")
        zf.writestr(f"{label}.gpx", voyage.track_gpx)
    pdf_path.unlink()
    return bundle
