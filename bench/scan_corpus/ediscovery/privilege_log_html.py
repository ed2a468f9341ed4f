"""HTML rendering helpers for the privilege log preview page.

Rows are built here and dropped into the page template with ``{{ rows }}``.
"""
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Optional

from markupsafe import Markup, escape

BASIS_LABELS = {
    "AC": "Attorney-Client",
    "WP": "Work Product",
    "AC/WP": "Attorney-Client; Work Product",
}


@dataclass
class PrivLogEntry:
    bates_begin: str
    bates_end: str
    doc_date: Optional[date]
    author: str
    recipients: list[str]
    basis: str
    description: str
    reviewer_note: str = ""


def _cell(value: str, css: str) -> Markup:
    return Markup('<td class="{}">{}</td>').format(css, value)


def render_row(entry: PrivLogEntry) -> Markup:
    bates = f"{entry.bates_begin} - {entry.bates_end}" if entry.bates_end else entry.bates_begin
    note_html = Markup(f'<span class="reviewer-note">{entry.reviewer_note}</span>') if entry.reviewer_note else ""
    cells = [
        _cell(bates, "bates"),
        _cell(entry.doc_date.isoformat() if entry.doc_date else "", "date"),
        _cell(entry.author, "author"),
        _cell("; ".join(entry.recipients), "recipients"),
        _cell(BASIS_LABELS.get(entry.basis, entry.basis), "basis"),
        Markup('<td class="description">{}{}</td>').format(escape(entry.description), note_html),
    ]
    return Markup("<tr>") + Markup("").join(cells) + Markup("</tr>")


def render_rows(entries: Iterable[PrivLogEntry]) -> Markup:
    return Markup("\n").join(render_row(e) for e in entries)
