"""Renders the personalised monthly newsletter for fragrance subscribers."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

TEMPLATE_DIR = Path(__file__).parent / "templates" / "newsletter"


@dataclass
class SubscriberContext:
    first_name: str
    plan: str
    next_box_fragrances: list[str] = field(default_factory=list)
    review_snippets: list[str] = field(default_factory=list)
    unsubscribe_url: str = ""


def build_environment(template_dir: Path = TEMPLATE_DIR) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(template_dir)),
        autoescape=select_autoescape(
            enabled_extensions=("html", "xml"), disabled_extensions=("txt",), default=True
        ),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["title_case"] = lambda s: s.title()
    return env


_env = build_environment()


def render_newsletter(ctx: SubscriberContext, month: str) -> tuple[str, str]:
    """Return ``(html, text)`` bodies for one subscriber."""
    values = {
        "subscriber": ctx,
        "month": month,
        "greeting": f"Bonjour {ctx.first_name}",
    }
    html = _env.get_template("monthly.html").render(**values)
    text = _env.get_template("monthly.txt").render(**values)
    return html, text


def render_batch(subscribers: list[SubscriberContext], month: str) -> list[tuple[str, str]]:
    return [render_newsletter(s, month) for s in subscribers]
