"""Jinja2 environment for the catalogue search pages, with a highlight filter."""
import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

TEMPLATES = Path(__file__).parent / "templates" / "search"


def highlight(text: str, query: str) -> Markup:
    """Escape ``text`` and wrap case-insensitive matches of ``query`` in <mark>."""
    if not text:
        return Markup("")
    if not query:
        return escape(text)
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    parts: list = []
    last = 0
    for match in pattern.finditer(text):
        parts.append(text[last:match.start()])
        parts.append(Markup("<mark>{}</mark>").format(match.group(0)))
        last = match.end()
    parts.append(text[last:])
    return Markup("").join(parts)


def make_env() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True)
    env.filters["highlight"] = highlight
    return env


def render_results(env: Environment, query: str, courses: list[dict]) -> str:
    return env.get_template("results.html").render(query=query, courses=courses)
