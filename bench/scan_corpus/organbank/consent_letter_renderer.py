"""Renders confirmation letters and emails sent to donors after registering a decision."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

TEMPLATE_DIR = Path(__file__).parent / "templates" / "letters"

REGISTRY_SIGNATURE = Markup(
    "<p>Organ Donation Registry<br>Registrations Team</p>"
)


@dataclass
class ConsentLetter:
    donor_name: str
    reference: str
    decision: str
    organs: list[str]
    registered_on: date
    faith_considerations: str = ""


def build_environment(template_dir: Path = TEMPLATE_DIR) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(template_dir)),
        autoescape=select_autoescape(enabled_extensions=("html", "htm", "xml"), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["organ_list"] = lambda organs: ", ".join(o.title() for o in organs) or "all organs"
    env.globals["signature"] = REGISTRY_SIGNATURE
    return env


class ConsentLetterRenderer:
    def __init__(self, env: Environment | None = None) -> None:
        self.env = env or build_environment()

    def render_html(self, letter: ConsentLetter) -> str:
        template = self.env.get_template("confirmation.html")
        return template.render(**asdict(letter), today=date.today())

    def render_text(self, letter: ConsentLetter) -> str:
        template = self.env.get_template("confirmation.txt")
        return template.render(**asdict(letter), today=date.today())
