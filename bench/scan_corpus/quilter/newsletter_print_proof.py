"""Print proofs of the guild newsletter for the members without email.

The rendered HTML issue is converted to a letter-size PDF that the
newsletter editor sends to the print shop each month.
"""
import logging
import subprocess
from pathlib import Path

from quilter.config import settings
from quilter.newsletter.models import Issue

log = logging.getLogger(__name__)

WKHTMLTOPDF = settings.WKHTMLTOPDF_BINARY
PAGE_OPTIONS = ["--page-size", "Letter", "--margin-top", "12mm", "--margin-bottom", "12mm"]


def _proof_paths(issue: Issue) -> tuple[Path, Path]:
    folder = Path(settings.NEWSLETTER_BUILD_DIR) / issue.slug
    return folder / "issue.html", folder / f"{issue.slug}-print.pdf"


def build_print_proof(issue: Issue) -> Path:
    html_path, pdf_path = _proof_paths(issue)
    if not html_path.exists():
        raise FileNotFoundError(f"Rendered issue not found for {issue.slug}")
    args = [
        WKHTMLTOPDF,
        *PAGE_OPTIONS,
        "--title",
        f"{settings.GUILD_NAME} newsletter - {issue.title}",
        "--footer-center",
        "[page] / [topage]",
        str(html_path),
        str(pdf_path),
    ]
    result = subprocess.run(args, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        log.error("print proof failed for %s: %s", issue.slug, result.stderr[-2000:])
        raise RuntimeError(f"wkhtmltopdf exited with {result.returncode}")
    log.info("print proof for %s written to %s", issue.slug, pdf_path)
    return pdf_path


def proofs_for_year(issues: list[Issue]) -> list[Path]:
    built = []
    for issue in issues:
        try:
            built.append(build_print_proof(issue))
        except (RuntimeError, FileNotFoundError) as exc:
            log.warning("skipping %s: %s", issue.slug, exc)
    return built
