"""Reading articles from the content checkout.

An article is `articles/<slug>.md`: `key: value` lines, a line with `---`, then the Markdown body.
"""

from dataclasses import dataclass, field
from pathlib import Path

ARTICLES_DIR = "articles"


@dataclass(frozen=True)
class Article:
    slug: str
    body: str
    meta: dict[str, str] = field(default_factory=dict)


def article_path(content_repo: str | Path, slug: str) -> Path:
    return Path(content_repo) / ARTICLES_DIR / f"{slug}.md"


def list_slugs(content_repo: str | Path) -> list[str]:
    folder = Path(content_repo) / ARTICLES_DIR
    return sorted(p.stem for p in folder.glob("*.md"))


def parse_article(slug: str, text: str) -> Article:
    head, sep, body = text.partition("\n---\n")
    if not sep:
        return Article(slug=slug, body=text)
    meta = {}
    for line in head.splitlines():
        key, colon, value = line.partition(":")
        if colon:
            meta[key.strip()] = value.strip()
    return Article(slug=slug, body=body.lstrip("\n"), meta=meta)


def load_article(content_repo: str | Path, slug: str) -> Article | None:
    if slug not in list_slugs(content_repo):
        return None
    return parse_article(slug, article_path(content_repo, slug).read_text(encoding="utf-8"))
