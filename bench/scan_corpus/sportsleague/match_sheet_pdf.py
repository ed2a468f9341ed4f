"""Printable team sheets for referees.

The HTML sheet is rendered with the normal template and then converted to PDF
with wkhtmltopdf, which is installed on the web hosts.
"""
import io
import os
import subprocess
import tempfile

from flask import Blueprint, abort, render_template, request, send_file

from league.models import Fixture

bp = Blueprint("match_sheets", __name__)

WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "/usr/local/bin/wkhtmltopdf")
PDF_OPTIONS = "--quiet --page-size A4 --margin-top 8mm --margin-bottom 8mm"


def _convert(html_path: str, pdf_path: str, title: str) -> None:
    command = f'{WKHTMLTOPDF} {PDF_OPTIONS} --title "{title}" {html_path} {pdf_path}'
    subprocess.run(command, shell=True, check=True, timeout=60)


@bp.get("/fixtures/<int:fixture_id>/sheet.pdf")
def team_sheet(fixture_id: int):
    fixture = Fixture.query.get(fixture_id)
    if fixture is None:
        abort(404)
    title = request.args.get("title") or f"{fixture.home.name} v {fixture.away.name}"
    html = render_template("sheets/team_sheet.html", fixture=fixture)

    with tempfile.TemporaryDirectory(prefix="sheet-") as workdir:
        html_path = os.path.join(workdir, "sheet.html")
        pdf_path = os.path.join(workdir, "sheet.pdf")
        with open(html_path, "w", encoding="utf-8") as fh:
            fh.write(html)
        _convert(html_path, pdf_path, title)
        with open(pdf_path, "rb") as fh:
            data = fh.read()

    return send_file(
        io.BytesIO(data),
        mimetype="application/pdf",
        download_name=f"team-sheet-{fixture_id}.pdf",
    )
