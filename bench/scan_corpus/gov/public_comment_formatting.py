"""Jinja environment and filters for rendering council meeting agendas.

Agendas include public comments submitted through the website, which
are shown with their original line breaks preserved.
"""
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape


def nl2br(value) -> Markup:
    lines = str(value).splitlines()
    return Markup("<br>\n").join(escape(line) for line in lines)


def build_env(template_dir: str) -> Environment:
    env = Environment(
        loader=FileSystemLoader(template_dir),
        autoescape=select_autoescape(["html", "htm", "xml"]),
    )
    env.filters["nl2br"] = nl2br
    return env


def render_agenda(env: Environment, meeting, comments) -> str:
    template = env.get_template("agenda.html")
    return template.render(
        meeting=meeting,
        comments=[
            {"name": c.display_name, "item": c.agenda_item, "text": c.body}
            for c in comments
            if c.approved
        ],
    )
