"""Loads the feed-room whiteboard templates that owners and staff can upload as YAML."""

from dataclasses import dataclass
from pathlib import Path

import yaml

from ostler.config import settings

TEMPLATE_DIR = Path(settings.DATA_ROOT) / "feed_templates"


@dataclass
class BoardTemplate:
    name: str
    columns: list[str]
    rows_per_page: int
    highlight_supplements: bool


def parse_template(stream) -> BoardTemplate:
    data = yaml.load(stream, Loader=yaml.SafeLoader) or {}
    return BoardTemplate(
        name=str(data.get("name", "Untitled board")),
        columns=[str(c) for c in data.get("columns", ["Horse", "AM", "PM"])],
        rows_per_page=int(data.get("rows_per_page", 20)),
        highlight_supplements=bool(data.get("highlight_supplements", True)),
    )


def load_all() -> list[BoardTemplate]:
    templates = []
    for path in sorted(TEMPLATE_DIR.glob("*.yaml")):
        with path.open("r", encoding="utf-8") as fh:
            templates.append(parse_template(fh))
    return templates


def from_upload(raw: bytes) -> BoardTemplate:
    if len(raw) > 64 * 1024:
        raise ValueError("template too large")
    return parse_template(raw.decode("utf-8"))
