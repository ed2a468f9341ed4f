"""Running order for driving classes at county shows, and the judges' scoring links."""
import random
import secrets
from dataclasses import dataclass, field
from typing import Iterable

SCORING_BASE = "https://shows.harrowspoke.co.uk/score"


@dataclass
class Entry:
    number: int
    exhibitor: str
    turnout: str  # e.g. "Ralli car, single cob"


@dataclass
class ClassDraw:
    show: str
    class_name: str
    order: list[Entry] = field(default_factory=list)
    judge_links: dict[str, str] = field(default_factory=dict)


def draw_running_order(entries: Iterable[Entry], rng: random.Random | None = None) -> list[Entry]:
    """Shuffle the entries into ring order; pass a seeded rng to reproduce a printed draw."""
    rng = rng or random.Random()
    order = list(entries)
    rng.shuffle(order)
    return order


def judge_link(show: str, class_name: str) -> str:
    token = secrets.token_urlsafe(24)
    return f"{SCORING_BASE}/{show}/{class_name}?t={token}"


def prepare_class(show: str, class_name: str, entries: list[Entry],
                  judges: list[str]) -> ClassDraw:
    draw = ClassDraw(show=show, class_name=class_name)
    draw.order = draw_running_order(entries)
    draw.judge_links = {judge: judge_link(show, class_name) for judge in judges}
    return draw


def format_programme(draw: ClassDraw) -> str:
    lines = [f"{draw.show} - {draw.class_name}", ""]
    for pos, entry in enumerate(draw.order, start=1):
        lines.append(f"{pos:>2}. #{entry.number:<4} {entry.exhibitor:<28} {entry.turnout}")
    return "\n".join(lines)
