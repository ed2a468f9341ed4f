"""Loading of deed and affidavit templates for the drafting desk.

Templates live under ``TEMPLATE_ROOT/<jurisdiction>/<name>.docx.j2``.
Drafters pick a template by name in the drafting UI.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, StrictUndefined

TEMPLATE_ROOT = Path("/srv/scrivener/templates").resolve()
SUFFIX = ".docx.j2"


class TemplateNotFound(LookupError):
    pass


@dataclass
class DraftRequest:
    jurisdiction: str
    template: str
    fields: dict


def template_path(jurisdiction: str, name: str, root: Path = TEMPLATE_ROOT) -> Path:
    candidate = (root / jurisdiction / f"{name}{SUFFIX}").resolve()
    if not candidate.is_relative_to(root) or not candidate.is_file():
        raise TemplateNotFound(f"{jurisdiction}/{name}")
    return candidate


def available_templates(jurisdiction: str, root: Path = TEMPLATE_ROOT) -> list[str]:
    folder = (root / jurisdiction).resolve()
    if not folder.is_relative_to(root) or not folder.is_dir():
        return []
    return sorted(p.name[: -len(SUFFIX)] for p in folder.glob(f"*{SUFFIX}"))


class DeedDrafter:
    def __init__(self, root: Path = TEMPLATE_ROOT):
        self.root = root
        self.env = Environment(undefined=StrictUndefined, autoescape=True)

    def render(self, req: DraftRequest) -> str:
        source = template_path(req.jurisdiction, req.template, self.root).read_text("utf-8")
        return self.env.from_string(source).render(**req.fields)


def draft_from_form(form: dict) -> str:
    req = DraftRequest(
        jurisdiction=form.get("jurisdiction", ""),
        template=form.get("template", ""),
        fields={k[6:]: v for k, v in form.items() if k.startswith("field_")},
    )
    return DeedDrafter().render(req)
