"""Public stop-list pages for instruments in the firm's care.

Parishes can publish their organ's stop list on the firm's website. Stop
names and descriptions are entered by the parish in the client portal; the
page shows each division with its stops, one per line.
"""
from dataclasses import dataclass

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

env = Environment(
    loader=FileSystemLoader("/srv/organworks/templates"),
    autoescape=select_autoescape(["html"]),
)


@dataclass
class Stop:
    name: str
    pitch: str
    notes: str = ""


@dataclass
class Division:
    name: str
    stops: list[Stop]


def stop_line(stop: Stop) -> Markup:
    line = escape(stop.name) + Markup(" <span class=\"pitch\">") + escape(stop.pitch) + Markup("</span>")
    if stop.notes:
        line += Markup(" <em>") + escape(stop.notes) + Markup("</em>")
    return line


def division_block(division: Division) -> Markup:
    lines = Markup("<br>\n").join(stop_line(s) for s in division.stops)
    return Markup("<h3>{}</h3>\n<p class=\"stops\">{}</p>").format(division.name, lines)


def render_stoplist(church: str, builder: str, divisions: list[Division]) -> str:
    template = env.get_template("stoplist.html")
    return template.render(
        church=church,
        builder=builder,
        blocks=[division_block(d) for d in divisions],
    )
