"""Parses the YAML project brief that clients attach to new translation requests."""
from dataclasses import dataclass, field
from datetime import date

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class ProjectBrief:
    title: str
    source_lang: str
    target_langs: list[str]
    due: date | None = None
    style_guide_url: str | None = None
    glossary_ids: list[str] = field(default_factory=list)
    notes: str = ""


class BriefError(ValueError):
    pass


def parse_brief(stream) -> ProjectBrief:
    doc = yaml.load(stream, Loader=_Loader)
    if not isinstance(doc, dict):
        raise BriefError("brief must be a mapping")
    try:
        targets = doc["target_languages"]
        if isinstance(targets, str):
            targets = [t.strip() for t in targets.split(",")]
        return ProjectBrief(
            title=str(doc["title"]),
            source_lang=str(doc["source_language"]),
            target_langs=list(targets),
            due=doc.get("due"),
            style_guide_url=doc.get("style_guide"),
            glossary_ids=[str(g) for g in doc.get("glossaries", [])],
            notes=str(doc.get("notes", "")),
        )
    except KeyError as exc:
        raise BriefError(f"missing field: {exc.args[0]}") from exc
