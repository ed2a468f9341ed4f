"""Jinja filters used by the scouting report templates.

Scouts type free-text observations in the mobile app ("aphids on the
headland, ~20/plant"); the web report shows them with line breaks kept.
"""
import re
from datetime import date

from flask import Flask
from markupsafe import Markup, escape

_PEST_CODES = {
    "APH": "Aphids",
    "SLG": "Slugs",
    "BLW": "Black-grass",
    "CSFB": "Cabbage stem flea beetle",
}
_CODE_RE = re.compile(r"\b(" + "|".join(_PEST_CODES) + r")\b")


def pest_label(code: str) -> str:
    return _PEST_CODES.get(code.upper(), code)


def growth_stage(value: int | None) -> str:
    if value is None:
        return "—"
    return f"GS{int(value):02d}"


def nl2br(note: str | None) -> Markup:
    if not note:
        return Markup("")
    expanded = _CODE_RE.sub(lambda m: f"{m.group(1)} ({_PEST_CODES[m.group(1)]})", note)
    paragraphs = [p.strip() for p in expanded.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs))


def days_since(d: date) -> int:
    return (date.today() - d).days


def register_filters(app: Flask) -> None:
    app.jinja_env.filters["pest_label"] = pest_label
    app.jinja_env.filters["growth_stage"] = growth_stage
    app.jinja_env.filters["nl2br"] = nl2br
    app.jinja_env.filters["days_since"] = days_since
    app.jinja_env.globals["escape"] = escape
