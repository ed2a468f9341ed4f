"""Printable vehicle deck plans for the loading officers.

The planner renders an HTML deck plan per sailing; this blueprint turns it
into a PDF with wkhtmltopdf so it can be printed on the bridge and at the
marshalling yard.
"""
import os
import subprocess
import tempfile
from pathlib import Path

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

from deckplan.render import render_deck_html
from deckplan.models import Sailing

bp = Blueprint("deck_plan_pdf", __name__, url_prefix="/deck-plans")

WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "/usr/local/bin/wkhtmltopdf")


def _pdf_command(html_path: Path, pdf_path: Path, title: str) -> str:
    return (
        f'{WKHTMLTOPDF} --quiet --orientation Landscape --page-size A3 '
        f'--title "{title}" "{html_path}" "{pdf_path}"'
    )


def html_to_pdf(html: str, title: str) -> Path:
    workdir = Path(tempfile.mkdtemp(prefix="deckplan-"))
    html_path = workdir / "plan.html"
    pdf_path = workdir / "plan.pdf"
    html_path.write_text(html, encoding="utf-8")
    subprocess.run(_pdf_command(html_path, pdf_path, title), shell=True, check=True, timeout=120)
    return pdf_path


@bp.route("/<int:sailing_id>.pdf")
@login_required
def deck_plan_pdf(sailing_id: int):
    if not current_user.has_role("loading_officer"):
        abort(403)
    sailing = Sailing.query.get_or_404(sailing_id)
    label = request.args.get("label", f"{sailing.vessel_name} {sailing.departs_at:%d %b %H:%M}")
    html = render_deck_html(sailing)
    pdf_path = html_to_pdf(html, title=label)
    return send_file(pdf_path, mimetype="application/pdf",
                     download_name=f"deck-plan-{sailing_id}.pdf")
