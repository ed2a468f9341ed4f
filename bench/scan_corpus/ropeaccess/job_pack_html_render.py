"""Renders a site job pack as HTML for the client portal and tablet app.

The pack combines the method statement, rescue plan, crew list and the
client's own site notes (access arrangements, permit contacts, exclusion
zones) entered by the client in the portal.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

env = Environment(
    loader=PackageLoader("ropeaccess", "templates/job_packs"),
    autoescape=select_autoescape(["html", "xml"]),
)


@dataclass
class CrewMember:
    name: str
    irata_level: int
    role: str


@dataclass
class JobPack:
    ref: str
    site_name: str
    start_date: date
    method_statement: str
    rescue_plan: str
    client_site_notes: str
    crew: list[CrewMember] = field(default_factory=list)


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def render_job_pack(pack: JobPack) -> str:
    template = env.get_template("job_pack.html")
    supervisor = next((c for c in pack.crew if c.irata_level == 3), None)
    return template.render(
        ref=pack.ref,
        site_name=pack.site_name,
        start_date=pack.start_date.strftime("%d %b %Y"),
        method_paragraphs=_paragraphs(pack.method_statement),
        rescue_paragraphs=_paragraphs(pack.rescue_plan),
        site_notes=Markup(pack.client_site_notes.replace("\n", "<br>")),
        crew=sorted(pack.crew, key=lambda c: (-c.irata_level, c.name)),
        supervisor=supervisor,
    )
