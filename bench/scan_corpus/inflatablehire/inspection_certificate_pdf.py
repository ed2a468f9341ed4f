"""Renders the annual PIPA/RPII inspection certificate for an inflatable as a PDF."""
from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = Path(__file__).parent / "templates"
OUTPUT_DIR = Path("/srv/inflatables/certificates")

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)


@dataclass
class InspectionResult:
    inflatable_id: int
    unit_name: str
    tag_number: str
    inspector: str
    inspected_on: date
    passed: bool
    max_users: int
    max_user_height_cm: int


def render_html(result: InspectionResult) -> str:
    template = env.get_template("inspection_certificate.html")
    return template.render(result=result)


def certificate_filename(result: InspectionResult) -> str:
    return f"{result.tag_number}_{result.inspected_on.isoformat()}.pdf"


def render_certificate(result: InspectionResult) -> Path:
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    target = OUTPUT_DIR / certificate_filename(result)
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as fh:
        fh.write(render_html(result))
        html_path = fh.name
    try:
        subprocess.run(
            f"wkhtmltopdf --quiet --title '{result.unit_name}' {html_path} {target}",
            shell=True,
            check=True,
            timeout=60,
        )
    finally:
        Path(html_path).unlink(missing_ok=True)
    return target


def certificate_from_form(form: dict[str, str]) -> Path:
    """Called by the inspector web form once an inspection has been completed."""
    result = InspectionResult(
        inflatable_id=int(form["inflatable_id"]),
        unit_name=form["unit_name"].strip(),
        tag_number=form["tag_number"].strip().upper(),
        inspector=form["inspector"].strip(),
        inspected_on=date.fromisoformat(form["inspected_on"]),
        passed=form.get("passed") == "yes",
        max_users=int(form["max_users"]),
        max_user_height_cm=int(form["max_user_height_cm"]),
    )
    return render_certificate(result)
