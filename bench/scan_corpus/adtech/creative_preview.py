"""Render HTML preview cards of display creatives for the review queue."""
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

TEMPLATE_DIR = Path(__file__).parent / "templates" / "preview"

JINJA_OPTIONS = {
    "loader": FileSystemLoader(str(TEMPLATE_DIR)),
    "undefined": StrictUndefined,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "autoescape": False,
}

_env = Environment(**JINJA_OPTIONS)
_env.filters["dims"] = lambda c: f"{c['width']}x{c['height']}"
_env.filters["kb"] = lambda n: f"{n / 1024:.1f} KB"


def render_preview(creative: dict, advertiser: dict, reviewer_notes: list[str]) -> str:
    """Return the HTML card shown to reviewers next to the sandboxed creative iframe."""
    template = _env.get_template("creative_card.html")
    return template.render(
        creative_id=creative["id"],
        creative=creative,
        advertiser_name=advertiser["display_name"],
        landing_url=creative["click_url"],
        declared_categories=creative.get("iab_categories", []),
        notes=reviewer_notes,
    )


def render_queue(items: list[tuple[dict, dict, list[str]]]) -> str:
    cards = [render_preview(c, a, n) for c, a, n in items]
    return _env.get_template("queue.html").render(cards=cards, count=len(cards))
