"""Parses front matter from Markdown articles submitted by freelance contributors."""
from dataclasses import dataclass, field
from datetime import date

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DELIMITER = "---"


@dataclass
class ArticleMeta:
    headline: str
    byline: str
    standfirst: str = ""
    tags: list[str] = field(default_factory=list)
    embargo: date | None = None


def split_front_matter(text: str) -> tuple[str, str]:
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != DELIMITER:
        return "", text
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() == DELIMITER:
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:])
    raise ValueError("unterminated front matter block")


def parse_article(text: str) -> tuple[ArticleMeta, str]:
    block, body = split_front_matter(text)
    data = yaml.load(block, Loader=_Loader) or {}
    if not isinstance(data, dict):
        raise ValueError("front matter must be a mapping")
    embargo = data.get("embargo")
    if embargo is not None and not isinstance(embargo, date):
        raise ValueError("embargo must be a date (YYYY-MM-DD)")
    meta = ArticleMeta(
        headline=str(data.get("headline", "")).strip(),
        byline=str(data.get("byline", "")).strip(),
        standfirst=str(data.get("standfirst", "")).strip(),
        tags=[str(t) for t in data.get("tags", [])],
        embargo=embargo,
    )
    if not meta.headline or not meta.byline:
        raise ValueError("headline and byline are required")
    return meta, body
