"""Print-ready PDF export for newsletter campaigns.

Some of our older supporters get the newsletter by post, so the campaign
editor has an "Export PDF" button that renders the HTML through wkhtmltopdf.
"""
import subprocess
from pathlib import Path

from flask import Blueprint, current_app, request, send_file
from flask_login import login_required

from .models import Campaign
from .rendering import render_campaign_html

bp = Blueprint("newsletter_pdf", __name__)

WKHTMLTOPDF_OPTS = "--quiet --page-size A4 --margin-top 12mm --margin-bottom 12mm"


@bp.post("/campaigns/<int:campaign_id>/export-pdf")
@login_required
def export_pdf(campaign_id: int):
    campaign = Campaign.query.get_or_404(campaign_id)
    title = request.form.get("title") or campaign.title

    out_dir = Path(current_app.config["EXPORT_DIR"]) / str(campaign.id)
    out_dir.mkdir(parents=True, exist_ok=True)
    html_path = out_dir / "campaign.html"
    html_path.write_text(render_campaign_html(campaign), encoding="utf-8")

    pdf_path = out_dir / "campaign.pdf"
    subprocess.run(
        f'wkhtmltopdf {WKHTMLTOPDF_OPTS} --title "{title}" "{html_path}" "{pdf_path}"',
        shell=True,
        check=True,
        timeout=120,
    )
    return send_file(pdf_path, as_attachment=True, download_name=f"{campaign.slug}.pdf")
