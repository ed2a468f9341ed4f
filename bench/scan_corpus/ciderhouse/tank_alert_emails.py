"""Renders HTML alert emails when a fermentation tank drifts out of range."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from jinja2 import DictLoader, Environment, select_autoescape

TEMPLATES = {
    "tank_alert.html": (
        "<h2>Tank {{ alert.tank_code }} - {{ alert.metric }}</h2>"
        "<p>Reading {{ '%.2f'|format(alert.value) }} {{ alert.unit }} at {{ alert.at }}"
        " (limit {{ alert.limit }}).</p>"
        "{% if alert.operator_note %}<blockquote>{{ alert.operator_note }}</blockquote>{% endif %}"
    ),
    "tank_alert.txt": "Tank {{ alert.tank_code }} {{ alert.metric }}={{ alert.value }}",
}


@dataclass
class TankAlert:
    tank_code: str
    metric: str
    value: float
    unit: str
    limit: str
    at: datetime
    operator_note: str = ""


class AlertRenderer:
    _env: Environment | None = None

    @classmethod
    def env(cls) -> Environment:
        if cls._env is None:
            cls._env = Environment(
                loader=DictLoader(TEMPLATES),
                autoescape=select_autoescape(enabled_extensions=("html",), default=False),
            )
        return cls._env

    def render(self, alert: TankAlert) -> tuple[str, str]:
        html = self.env().get_template("tank_alert.html").render(alert=alert)
        text = self.env().get_template("tank_alert.txt").render(alert=alert)
        return html, text

    def subject(self, alert: TankAlert) -> str:
        return f"[Cellar] Tank {alert.tank_code} {alert.metric} out of range"
