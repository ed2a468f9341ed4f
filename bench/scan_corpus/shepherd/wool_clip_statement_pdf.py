"""Builds the end-of-season wool clip statement for the farm accounts.

The statement is rendered from an HTML template, converted to PDF with
wkhtmltopdf and filed with the season's accounts.
"""
import os
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from shepherd.settings import settings

env = Environment(
    loader=PackageLoader("shepherd.wool", "templates"),
    autoescape=select_autoescape(["html"]),
)


def _season_totals(sales) -> dict:
    kg = sum((Decimal(s.net_kg) for s in sales), Decimal("0"))
    proceeds = sum((Decimal(s.proceeds) for s in sales), Decimal("0"))
    return {"kg": kg, "proceeds": proceeds, "avg_c_kg": (proceeds * 100 / kg).quantize(Decimal("0.1")) if kg else 0}


def render_statement(season: str, sales) -> bytes:
    html = env.get_template("clip_statement.html").render(
        season=season,
        sales=sales,
        totals=_season_totals(sales),
        station=settings.station_name,
    )
    fd, out_path = tempfile.mkstemp(suffix=".pdf", prefix=f"statement_{season}_")
    os.close(fd)
    try:
        subprocess.run(
            ["wkhtmltopdf", "--quiet", "--page-size", "A4", "-", out_path],
            input=html.encode("utf-8"),
            check=True,
            timeout=90,
        )
        return Path(out_path).read_bytes()
    finally:
        os.remove(out_path)


def file_statement(season: str, sales) -> Path:
    dest = Path(settings.accounts_dir) / season / f"wool_clip_statement_{season}.pdf"
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(render_statement(season, sales))
    return dest
