"""Renders the digital noticeboard shown on screens around the rink.

Reception staff post short notices ("Pad 2 closed for resurfacing")
with an optional highlighted keyword.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from jinja2 import Environment, select_autoescape
from markupsafe import Markup

ENV = Environment(autoescape=select_autoescape(default=True, default_for_string=True))

BOARD = ENV.from_string(
    """
<div class="board">
{% for n in notices %}
  <article class="notice {{ n.level }}">
    <h2>{{ n.title }}</h2>
    <p>{{ n.rendered }}</p>
    <time>{{ n.posted.strftime('%H:%M') }}</time>
  </article>
{% endfor %}
</div>
"""
)

LEVELS = {"info", "warning", "closure"}


@dataclass
class Notice:
    title: str
    body: str
    highlight: str = ""
    level: str = "info"
    posted: datetime = field(default_factory=datetime.now)

    @property
    def rendered(self) -> Markup:
        if not self.highlight or self.highlight not in self.body:
            return Markup.escape(self.body)
        before, _, after = self.body.partition(self.highlight)
        return Markup("{}<mark>{}</mark>{}").format(before, self.highlight, after)


def render_board(notices: list[Notice]) -> str:
    shown = [n for n in notices if n.level in LEVELS]
    return BOARD.render(notices=shown)


if __name__ == "__main__":
    print(
        render_board(
            [Notice("Pad 2", "Pad 2 closed for resurfacing until 14:30", "closed")]
        )
    )
