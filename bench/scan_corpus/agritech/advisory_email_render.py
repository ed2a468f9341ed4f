"""Render the weekly crop advisory e-mail sent to growers.

Agronomists write the advisory body in a plain textarea; growers' own field
notes are quoted under each field section.
"""
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

TEMPLATE_DIR = Path(__file__).parent / "templates" / "email"


def paragraphs(text: str | None) -> Markup:
    """Plain text -> <p> blocks, keeping single line breaks."""
    if not text:
        return Markup("")
    blocks = [b for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    rendered = (
        Markup("<p>{}</p>").format(Markup("<br>").join(escape(line) for line in block.split("\n")))
        for block in blocks
    )
    return Markup("\n").join(rendered)


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(enabled_extensions=("html", "xml"), default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["paragraphs"] = paragraphs
    return env


_env = _environment()


def render_advisory(grower, advisory, field_notes: dict[int, str]) -> tuple[str, str]:
    context = {
        "grower": grower,
        "advisory": advisory,
        "fields": [
            {"name": f.name, "crop": f.crop, "note": field_notes.get(f.id, "")}
            for f in grower.fields
        ],
    }
    html = _env.get_template("advisory.html").render(**context)
    text = _env.get_template("advisory.txt").render(**context)
    return html, text
