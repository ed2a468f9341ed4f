"""Renders the public competition pages (line-ups, rider bios, results) for the events website."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

TEMPLATE_DIR = Path(__file__).parent / "templates" / "events"
OUTPUT_DIR = Path("/var/www/events")


@dataclass
class Rider:
    id: int
    display_name: str
    hometown: str
    stance: str
    bio: str
    sponsors: list[str]


def paragraphs(text: str) -> Markup:
    """Turn blank-line separated text into <p> blocks, escaping the content."""
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    return Markup("".join(f"<p>{escape(b)}</p>" for b in blocks))


def rider_bio(text: str) -> Markup:
    """Riders write their bios in the entry form; keep their line breaks."""
    return Markup(text.replace("\n", "<br>"))


def build_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=select_autoescape(["html", "xml"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["paragraphs"] = paragraphs
    env.filters["rider_bio"] = rider_bio
    return env


class EventPageRenderer:
    def __init__(self, env: Environment | None = None, output_dir: Path = OUTPUT_DIR) -> None:
        self.env = env or build_environment()
        self.output_dir = output_dir

    def render_lineup(self, event: dict, riders: list[Rider]) -> str:
        template = self.env.get_template("lineup.html")
        return template.render(event=event, riders=riders)

    def render_rider(self, event: dict, rider: Rider) -> str:
        template = self.env.get_template("rider.html")
        return template.render(event=event, rider=rider)

    def publish(self, event: dict, riders: list[Rider]) -> list[Path]:
        event_dir = self.output_dir / event["slug"]
        event_dir.mkdir(parents=True, exist_ok=True)
        written = [event_dir / "index.html"]
        written[0].write_text(self.render_lineup(event, riders), encoding="utf-8")
        for rider in riders:
            page = event_dir / f"rider-{rider.id}.html"
            page.write_text(self.render_rider(event, rider), encoding="utf-8")
            written.append(page)
        return written
