"""Renders HTML notification emails (comments, mentions, share invites)."""
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from premailer import transform

TEMPLATE_DIR = Path(__file__).parent / "templates" / "email"

_env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=False,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["initials"] = lambda name: "".join(p[0] for p in name.split()[:2]).upper()


@dataclass
class RenderedEmail:
    subject: str
    html: str
    text: str


def render_mention(recipient, actor, document, comment_body: str, link: str) -> RenderedEmail:
    context = {
        "recipient": recipient,
        "actor": actor,
        "document_title": document.title,
        "comment": comment_body,
        "link": link,
    }
    html = _env.get_template("mention.html").render(**context)
    text = _env.get_template("mention.txt").render(**context)
    return RenderedEmail(
        subject=f"{actor.display_name} mentioned you in {document.title}",
        html=transform(html),
        text=text,
    )
