"""PDF edition of the guild newsletter for download from the members area.

WeasyPrint renders the HTML issue into a scratch file in the build spool,
which is then moved into place so readers never see a half-written PDF.
"""
import os
import tempfile
from pathlib import Path

from weasyprint import HTML

from quilter.config import settings
from quilter.newsletter.models import Issue

SPOOL_DIR = Path(settings.NEWSLETTER_SPOOL_DIR)
PUBLISHED_DIR = Path(settings.NEWSLETTER_PUBLISHED_DIR)


def _render_pdf(issue: Issue, target: str) -> None:
    html_path = Path(settings.NEWSLETTER_BUILD_DIR) / issue.slug / "issue.html"
    HTML(filename=str(html_path), base_url=str(html_path.parent)).write_pdf(target)


def export_issue_pdf(issue: Issue) -> Path:
    SPOOL_DIR.mkdir(parents=True, exist_ok=True)
    fd, scratch = tempfile.mkstemp(suffix=".pdf", prefix=f"{issue.slug}-", dir=SPOOL_DIR)
    os.close(fd)
    try:
        _render_pdf(issue, scratch)
        final = PUBLISHED_DIR / f"{issue.slug}.pdf"
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(scratch, final)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise
    issue.pdf_filename = final.name
    issue.save(update_fields=["pdf_filename"])
    return final


def export_missing(issues: list[Issue]) -> list[Path]:
    exported = []
    for issue in issues:
        if issue.pdf_filename and (PUBLISHED_DIR / issue.pdf_filename).exists():
            continue
        exported.append(export_issue_pdf(issue))
    return exported
