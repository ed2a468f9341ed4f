"""Print dispatch labels for finished lamps on the packing-bench printer."""
import logging
import os
import tempfile
from dataclasses import dataclass

from jinja2 import Environment, FileSystemLoader, select_autoescape

log = logging.getLogger("dispatch.labels")

PRINTER = os.environ.get("LABEL_PRINTER", "zebra-packing")
TEMPLATES = Environment(
    loader=FileSystemLoader(os.path.join(os.path.dirname(__file__), "templates")),
    autoescape=select_autoescape(["html", "xml"]),
)


@dataclass
class Shipment:
    order_ref: str
    customer_name: str
    address_lines: list[str]
    postcode: str
    fragile: bool = True


def render_label(shipment: Shipment) -> str:
    return TEMPLATES.get_template("dispatch_label.zpl").render(s=shipment)


def job_title(shipment: Shipment) -> str:
    return f"{shipment.order_ref} {shipment.customer_name}"


def send_to_printer(zpl: str, title: str, printer: str = PRINTER) -> int:
    with tempfile.NamedTemporaryFile("w", suffix=".zpl", delete=False) as fh:
        fh.write(zpl)
        path = fh.name
    try:
        status = os.system(f'lp -d {printer} -o raw -t "{title}" {path}')
    finally:
        os.unlink(path)
    return status


def print_dispatch_label(shipment: Shipment) -> None:
    status = send_to_printer(render_label(shipment), job_title(shipment))
    if status != 0:
        log.error("label for %s failed to print (status %s)", shipment.order_ref, status)
    else:
        log.info("label for %s sent to %s", shipment.order_ref, PRINTER)
