"""Jinja filters used by the article comment thread templates."""
import re

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

URL_RE = re.compile(r"https?://[^\s<>\"']+")


def linebreaks(text: str) -> Markup:
    """Escape reader text, then turn blank lines into paragraphs."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return Markup("").join(
        Markup("<p>%s</p>") % Markup("<br>").join(escape(line) for line in p.splitlines())
        for p in paragraphs
    )


def autolink(text: str) -> Markup:
    escaped = str(escape(text))

    def _link(match: re.Match) -> str:
        url = match.group(0)
        return f'<a href="{url}" rel="nofollow ugc noopener" target="_blank">{url}</a>'

    return Markup(URL_RE.sub(_link, escaped))


def build_environment(template_dir: str) -> Environment:
    env = Environment(
        loader=FileSystemLoader(template_dir),
        autoescape=select_autoescape(["html", "xml"]),
    )
    env.filters["linebreaks"] = linebreaks
    env.filters["autolink"] = autolink
    return env
