"""Renders a brew sheet to HTML and converts it to PDF for the brewhouse clipboard."""
from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = Path(__file__).parent / "templates"
OUTPUT_DIR = Path(os.environ.get("BREW_SHEET_OUT", "/var/lib/brewery/brew_sheets"))

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html", "xml"]),
)


@dataclass
class MashStep:
    name: str
    temp_c: float
    minutes: int


@dataclass
class BrewSheet:
    batch_code: str
    recipe_name: str
    brewer: str
    original_gravity: float
    target_volume_l: float
    mash_steps: list[MashStep] = field(default_factory=list)
    hop_additions: list[tuple[str, float, int]] = field(default_factory=list)


def render_html(sheet: BrewSheet) -> str:
    template = env.get_template("brew_sheet.html")
    return template.render(sheet=sheet)


def export_pdf(sheet: BrewSheet) -> Path:
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    html_path = OUTPUT_DIR / f"{sheet.batch_code}.html"
    html_path.write_text(render_html(sheet), encoding="utf-8")
    pdf_name = f"{sheet.recipe_name} - {sheet.batch_code}.pdf"
    command = f'wkhtmltopdf --quiet --page-size A4 "{html_path}" "{OUTPUT_DIR / pdf_name}"'
    subprocess.run(command, shell=True, check=True, timeout=120)
    return OUTPUT_DIR / pdf_name


if __name__ == "__main__":
    import sys

    sheet = BrewSheet(
        batch_code=sys.argv[1],
        recipe_name=sys.argv[2],
        brewer=sys.argv[3] if len(sys.argv) > 3 else "unknown",
        original_gravity=1.048,
        target_volume_l=1000,
        mash_steps=[MashStep("saccharification", 66.0, 60), MashStep("mash out", 76.0, 10)],
    )
    print(export_pdf(sheet))
