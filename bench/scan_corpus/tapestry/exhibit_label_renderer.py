"""Renders exhibition labels and the client-facing treatment summary page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

TEMPLATES = Path(__file__).parent / "templates"


@dataclass
class LabelData:
    title: str
    maker: str
    date_text: str
    materials: str
    lender: str
    conservation_note: str


def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html", "htm", "xml"]),
    )
    env.filters["linebreaks"] = linebreaks
    return env


def linebreaks(value: str) -> Markup:
    """Turns blank-line separated text into paragraphs, escaping the text itself."""
    paragraphs = [escape(p.strip()) for p in str(value).split("\n\n") if p.strip()]
    return Markup("\n").join(Markup("<p>{}</p>").format(p) for p in paragraphs)


class LabelRenderer:
    def __init__(self) -> None:
        self.env = _env()

    def label_html(self, label: LabelData) -> str:
        return self.env.get_template("exhibit_label.html").render(label=label)

    def summary_html(self, label: LabelData, steps: list[str]) -> str:
        return self.env.get_template("treatment_summary.html").render(
            label=label,
            steps=steps,
            note=linebreaks(label.conservation_note),
        )


def render_batch(labels: list[LabelData], out_dir: Path) -> list[Path]:
    renderer = LabelRenderer()
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, label in enumerate(labels, start=1):
        target = out_dir / f"label_{i:03d}.html"
        target.write_text(renderer.label_html(label), encoding="utf-8")
        paths.append(target)
    return paths
