"""Renders the order status page in the customer portal.

Shows each workroom stage of a commission, the next fitting and the notes
the customer left when ordering (e.g. "extra room in the left shoulder").
"""
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

TEMPLATE_DIR = "/srv/hc/portal/templates"

STAGE_LABELS = {
    "measured": "Measured",
    "cutting": "Cloth cut",
    "baste_fitting": "Baste fitting",
    "forward_fitting": "Forward fitting",
    "finishing": "Finishing",
    "ready": "Ready to collect",
}


def _nl2br(text: str | None) -> Markup:
    if not text:
        return Markup("")
    return Markup(text.replace("\r\n", "\n").replace("\n", "<br>\n"))


def _stage_label(code: str) -> str:
    return STAGE_LABELS.get(code, code.replace("_", " ").title())


def build_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(["html", "htm"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["nl2br"] = _nl2br
    env.filters["stage_label"] = _stage_label
    return env


_env = build_environment()


def render_status(order: dict, fittings: list[dict]) -> str:
    """Render the status page; ``order['customer_notes']`` goes through ``nl2br``."""
    stages = list(STAGE_LABELS)
    current = stages.index(order["stage"]) if order["stage"] in stages else 0
    return _env.get_template("order_status.html").render(
        order=order,
        stages=stages,
        current_index=current,
        next_fitting=next((f for f in fittings if not f.get("done")), None),
        notes=_nl2br(order.get("customer_notes")),
    )
