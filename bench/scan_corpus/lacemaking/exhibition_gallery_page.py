"""Static gallery pages for the annual lace exhibition, built from accepted entries."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

TEMPLATE_DIR = Path(__file__).parent / "templates"


@dataclass
class GalleryEntry:
    entry_no: int
    title: str
    maker: str
    category: str
    caption: str
    image_name: str


def _caption_html(text: str) -> Markup:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


def build_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(["html", "xml"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["caption"] = _caption_html
    return env


def load_entries(db_path: str, exhibition_id: int) -> list[GalleryEntry]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT entry_no, title, maker_name, category, caption, image_name "
            "FROM exhibition_entries WHERE exhibition_id = ? AND status = 'accepted' "
            "ORDER BY category, entry_no",
            (exhibition_id,),
        ).fetchall()
    finally:
        conn.close()
    return [GalleryEntry(*row) for row in rows]


def render_gallery(db_path: str, exhibition_id: int, out_dir: str) -> list[Path]:
    env = build_environment()
    page = env.get_template("gallery_entry.html")
    index = env.get_template("gallery_index.html")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    entries = load_entries(db_path, exhibition_id)
    for entry in entries:
        target = out / f"entry-{entry.entry_no}.html"
        target.write_text(page.render(entry=entry), encoding="utf-8")
        written.append(target)
    index_path = out / "index.html"
    index_path.write_text(index.render(entries=entries), encoding="utf-8")
    written.append(index_path)
    return written
