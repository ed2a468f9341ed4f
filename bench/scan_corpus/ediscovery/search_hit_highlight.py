"""Hit highlighting for search results in the review grid."""
import re
from typing import Iterable

from markupsafe import Markup, escape

SNIPPET_RADIUS = 80


def _pattern(terms: Iterable[str]) -> re.Pattern | None:
    cleaned = sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    return re.compile("|".join(re.escape(t) for t in cleaned), re.IGNORECASE)


def highlight(text: str, terms: Iterable[str]) -> Markup:
    """Return ``text`` as HTML with each search hit wrapped in <mark>."""
    pattern = _pattern(terms)
    if pattern is None:
        return escape(text)
    out = []
    pos = 0
    for m in pattern.finditer(text):
        out.append(escape(text[pos:m.start()]))
        out.append(Markup('<mark class="hit">{}</mark>').format(m.group(0)))
        pos = m.end()
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def snippet(text: str, terms: Iterable[str]) -> Markup:
    pattern = _pattern(terms)
    m = pattern.search(text) if pattern else None
    if m is None:
        return escape(text[: SNIPPET_RADIUS * 2])
    start = max(0, m.start() - SNIPPET_RADIUS)
    end = min(len(text), m.end() + SNIPPET_RADIUS)
    prefix = Markup("&hellip;") if start > 0 else Markup("")
    suffix = Markup("&hellip;") if end < len(text) else Markup("")
    return prefix + highlight(text[start:end], terms) + suffix
