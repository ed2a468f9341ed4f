"""Ingest document-assembly templates uploaded through the drafting library.

A template is a Markdown body with a YAML front-matter block describing the
variables the assembly form must collect, e.g.::

    ---
    title: Engagement Letter (Litigation)
    practice_area: litigation
    variables:
      - {name: client_name, type: text, required: true}
      - {name: retainer_amount, type: money}
    ---
    Dear {{ client_name }}, ...
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
ALLOWED_TYPES = {"text", "money", "date", "choice", "party", "boolean"}
MAX_TEMPLATE_BYTES = 512 * 1024


class TemplateFormatError(ValueError):
    pass


@dataclass
class TemplateVariable:
    name: str
    type: str = "text"
    required: bool = False
    choices: list[str] = field(default_factory=list)


@dataclass
class AssemblyTemplate:
    title: str
    practice_area: str
    variables: list[TemplateVariable]
    body: str


def split_front_matter(text: str) -> tuple[dict, str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        raise TemplateFormatError("template is missing a front-matter block")
    meta = yaml.load(match.group(1), Loader=yaml.Loader) or {}
    if not isinstance(meta, dict):
        raise TemplateFormatError("front matter must be a mapping")
    return meta, text[match.end():]


def parse_template(text: str) -> AssemblyTemplate:
    meta, body = split_front_matter(text)
    variables = []
    for raw in meta.get("variables", []):
        var = TemplateVariable(**raw)
        if var.type not in ALLOWED_TYPES:
            raise TemplateFormatError(f"unknown variable type {var.type!r}")
        variables.append(var)
    return AssemblyTemplate(
        title=str(meta.get("title", "Untitled")),
        practice_area=str(meta.get("practice_area", "general")),
        variables=variables,
        body=body,
    )


def ingest_upload(uploaded_file) -> AssemblyTemplate:
    """Entry point used by the template-library upload view."""
    data = uploaded_file.read(MAX_TEMPLATE_BYTES + 1)
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateFormatError("template too large")
    return parse_template(data.decode("utf-8"))
