"""Renders the HTML version of a certificate of registration, later printed
to PDF.  Armiger names and mottoes come from the member's commission form."""
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

TEMPLATE_DIR = Path(__file__).parent / "templates" / "certificates"

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html", "xml"]),
    trim_blocks=True,
)


@dataclass
class CertificateData:
    registration_no: str
    armiger: str
    blazon: str
    motto: str | None
    granted_on: date
    herald: str


def _motto_block(motto: str | None) -> Markup:
    if not motto:
        return Markup("")
    return Markup('<p class="motto"><em>{}</em></p>').format(motto)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def render_certificate(data: CertificateData) -> str:
    template = env.get_template("registration.html")
    return template.render(
        registration_no=data.registration_no,
        armiger=data.armiger,
        blazon=data.blazon,
        motto_block=_motto_block(data.motto),
        day=_ordinal(data.granted_on.day),
        month_year=data.granted_on.strftime("%B %Y"),
        herald=data.herald,
    )
