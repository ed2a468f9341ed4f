"""Loader for sack and jar label templates.

Packing line operators choose a label template (ZPL for the thermal printers)
by name from the packing terminal. Templates live in a shared folder that the
design team maintains, including per-customer subfolders for private label.
"""
from __future__ import annotations

from pathlib import Path
from string import Template

from saltboiler.config import settings

TEMPLATE_ROOT = Path(settings.LABEL_TEMPLATE_DIR).resolve()
SUFFIX = ".zpl"


class TemplateNotFound(LookupError):
    pass


def resolve_template(name: str) -> Path:
    candidate = (TEMPLATE_ROOT / f"{name}{SUFFIX}").resolve()
    if not candidate.is_relative_to(TEMPLATE_ROOT) or not candidate.is_file():
        raise TemplateNotFound(name)
    return candidate


def load_template(name: str) -> Template:
    return Template(resolve_template(name).read_text(encoding="ascii"))


def render_label(name: str, batch_code: str, net_weight_g: int, best_before: str) -> str:
    template = load_template(name)
    return template.substitute(
        BATCH=batch_code,
        WEIGHT=f"{net_weight_g} g",
        BEST_BEFORE=best_before,
    )


def available_templates() -> list[str]:
    return sorted(
        p.relative_to(TEMPLATE_ROOT).with_suffix("").as_posix()
        for p in TEMPLATE_ROOT.rglob(f"*{SUFFIX}")
    )
