"""Builds arrival notices (HTML and plain text) sent to consignees before vessel arrival."""

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

TEMPLATES = Path(__file__).resolve().parent / "templates" / "notices"

_env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(enabled_extensions=("html", "xml"), default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _context(shipment) -> dict:
    return {
        "reference": shipment.reference,
        "consignee": shipment.consignee_name,
        "vessel": shipment.vessel_name,
        "voyage": shipment.voyage,
        "eta": shipment.eta.strftime("%d %b %Y"),
        "port": shipment.port_of_discharge,
        "containers": [c.number for c in shipment.containers],
        "marks": shipment.marks_and_numbers,
        "free_days": shipment.free_days,
    }


def render_arrival_notice(shipment) -> tuple[str, str]:
    ctx = _context(shipment)
    html = _env.get_template("arrival_notice.html").render(**ctx)
    text = _env.get_template("arrival_notice.txt").render(**ctx)
    return html, text
