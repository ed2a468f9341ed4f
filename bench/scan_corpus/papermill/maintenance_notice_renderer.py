"""Renders planned-shutdown notices for the mill maintenance notice board."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup


@dataclass
class ShutdownNotice:
    area: str
    title: str
    starts: datetime
    ends: datetime
    description: str
    contact: str


class NoticeRenderer:
    TEMPLATE = "notices/shutdown.html"
    ENV_OPTIONS = {
        "autoescape": select_autoescape(enabled_extensions=("html", "xml"), default=True),
        "trim_blocks": True,
        "lstrip_blocks": True,
    }

    def __init__(self, package: str = "maintenance_board") -> None:
        self._env = Environment(loader=PackageLoader(package, "templates"), **self.ENV_OPTIONS)
        self._env.filters["paragraphs"] = self.paragraphs

    @staticmethod
    def paragraphs(text: str) -> Markup:
        escaped = [Markup.escape(chunk.strip()) for chunk in text.split("\n\n") if chunk.strip()]
        return Markup("").join(Markup("<p>{}</p>").format(p) for p in escaped)

    def render(self, notice: ShutdownNotice) -> str:
        template = self._env.get_template(self.TEMPLATE)
        return template.render(
            notice=notice,
            duration_h=round((notice.ends - notice.starts).total_seconds() / 3600, 1),
        )

    def render_board(self, notices: list[ShutdownNotice]) -> str:
        template = self._env.get_template("notices/board.html")
        return template.render(notices=sorted(notices, key=lambda n: n.starts))
