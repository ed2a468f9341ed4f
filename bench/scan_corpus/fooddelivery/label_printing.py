"""Print bag labels on the kitchen label printer when an order is accepted."""
import logging
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

LABEL_TEMPLATE = """{restaurant}
Order #{short_id}
{customer_first_name}
{item_count} item(s)  {pickup_time}
"""


def render_label(order: dict) -> str:
    return LABEL_TEMPLATE.format(
        restaurant=order["restaurant_name"],
        short_id=order["short_id"],
        customer_first_name=order["customer_first_name"],
        item_count=len(order["items"]),
        pickup_time=order["pickup_time"],
    )


def print_label(order: dict, printer_name: str, copies: int = 1) -> None:
    with tempfile.TemporaryDirectory(prefix="labels-") as tmp:
        label_file = Path(tmp) / "label.txt"
        label_file.write_text(render_label(order), encoding="utf-8")
        cmd = ["lp", "-d", printer_name, "-n", str(int(copies)), "-o", "media=Custom.62x100mm", str(label_file)]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=20)
    if result.returncode != 0:
        log.error("lp failed for order %s: %s", order["short_id"], result.stderr.strip())
        raise RuntimeError("label printing failed")
    log.info("printed %d label(s) for order %s", copies, order["short_id"])
