"""Render regulator report forms (annual, incident, safety-related condition) from templates."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates" / "regulatory"

FORM_TEMPLATES = MappingProxyType(
    {
        "annual": "phmsa_f7100_2_1_annual.html",
        "incident": "phmsa_f7100_2_incident.html",
        "src": "safety_related_condition.html",
        "state-annual": "state_psc_annual.html",
    }
)


@dataclass
class RenderedForm:
    form_type: str
    html: str


class RegulatoryFormRenderer:
    def __init__(self, template_dir: Path = TEMPLATE_DIR) -> None:
        self.template_dir = template_dir
        self.env = Environment(
            loader=FileSystemLoader(str(template_dir)),
            autoescape=select_autoescape(["html"]),
        )

    def raw_template(self, form_type: str) -> str:
        try:
            filename = FORM_TEMPLATES[form_type]
        except KeyError:
            raise ValueError(f"unknown regulatory form {form_type!r}") from None
        return (self.template_dir / filename).read_text(encoding="utf-8")

    def render(self, form_type: str, context: dict[str, Any]) -> RenderedForm:
        if form_type not in FORM_TEMPLATES:
            raise ValueError(f"unknown regulatory form {form_type!r}")
        template = self.env.get_template(FORM_TEMPLATES[form_type])
        return RenderedForm(form_type, template.render(**context))
