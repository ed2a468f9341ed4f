"""Renders and prints the laminated route cards that setters hang at the start of each line."""
from __future__ import annotations

import logging
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

log = logging.getLogger("routes.cards")

TEMPLATE_DIR = Path(__file__).parent / "templates" / "cards"
PRINTER_QUEUE = "setting-room-laser"
CARD_SIZE = "A6"

env = Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)),
                  autoescape=select_autoescape(["html"]))


@dataclass
class RouteCard:
    route_id: int
    name: str
    grade: str
    colour: str
    setter: str
    set_on: str


def render_html(card: RouteCard) -> str:
    return env.get_template("route_card.html").render(card=card, size=CARD_SIZE)


def _print_command(pdf_path: Path, title: str, queue: str = PRINTER_QUEUE) -> str:
    return f'lp -d {queue} -o media={CARD_SIZE} -t "{title}" {pdf_path}'


def print_card(card: RouteCard, copies: int = 1) -> None:
    with tempfile.TemporaryDirectory(prefix="routecard-") as tmp:
        html_path = Path(tmp) / "card.html"
        pdf_path = Path(tmp) / "card.pdf"
        html_path.write_text(render_html(card), encoding="utf-8")
        subprocess.run(
            ["wkhtmltopdf", "--quiet", "--page-size", CARD_SIZE, str(html_path), str(pdf_path)],
            check=True,
        )
        title = f"{card.name} ({card.grade})"
        for _ in range(max(1, copies)):
            subprocess.run(_print_command(pdf_path, title), shell=True, check=True)
    log.info("printed %d card(s) for route %s", copies, card.route_id)


def print_wall(cards: list[RouteCard]) -> int:
    printed = 0
    for card in cards:
        try:
            print_card(card)
            printed += 1
        except subprocess.CalledProcessError as exc:
            log.error("printing route %s failed with code %s", card.route_id, exc.returncode)
    return printed
