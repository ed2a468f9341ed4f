"""Renders offer letters (HTML email + PDF attachment) for recruiting."""
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from weasyprint import HTML

TEMPLATE_DIR = Path(__file__).parent / "templates" / "offers"

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html", "xml"]),
    trim_blocks=True,
)


def nl2br(text: str) -> Markup:
    """Escape each line of free text, then join with <br> so addresses keep their layout."""
    return Markup("<br>\n").join(escape(line) for line in (text or "").splitlines())


env.filters["nl2br"] = nl2br


def render_offer_html(offer, candidate) -> str:
    return env.get_template("offer_letter.html").render(
        candidate_name=candidate.full_name,
        candidate_address=candidate.address,
        position=offer.position_title,
        salary=offer.base_salary,
        start_date=offer.start_date,
        hiring_manager=offer.hiring_manager_name,
        notes=offer.recruiter_notes,
    )


def render_offer_pdf(offer, candidate, out_path: Path) -> Path:
    HTML(string=render_offer_html(offer, candidate), base_url=str(TEMPLATE_DIR)).write_pdf(out_path)
    return out_path
