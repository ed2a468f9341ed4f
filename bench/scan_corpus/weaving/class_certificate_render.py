"""Renders the HTML completion certificate students get after a weaving course."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

STUDIO_MARK = Markup(
    '<svg class="mark" viewBox="0 0 40 40" aria-hidden="true">'
    '<path d="M4 4h32v32H4z" fill="none" stroke="currentColor" stroke-width="2"/>'
    '<path d="M4 14h32M4 26h32M14 4v32M26 4v32" stroke="currentColor"/></svg>'
)

env = Environment(
    loader=PackageLoader("workshop", "templates"),
    autoescape=select_autoescape(enabled_extensions=("html", "xml"), default=True),
    trim_blocks=True,
)


@dataclass
class Completion:
    student_name: str
    course_title: str
    instructor: str
    hours: int
    finished_on: date
    project_title: str


def render_certificate(c: Completion) -> str:
    template = env.get_template("certificates/completion.html")
    return template.render(
        student=c.student_name,
        course=c.course_title,
        instructor=c.instructor,
        hours=c.hours,
        finished=c.finished_on.strftime("%d %B %Y"),
        project=c.project_title,
        studio_mark=STUDIO_MARK,
    )


def render_batch(completions: list[Completion]) -> dict[str, str]:
    """Returns rendered certificates keyed by a file-friendly student name."""
    out: dict[str, str] = {}
    for c in completions:
        key = "".join(ch if ch.isalnum() else "-" for ch in c.student_name.lower()).strip("-")
        out[f"{key}-{c.finished_on.isoformat()}.html"] = render_certificate(c)
    return out
