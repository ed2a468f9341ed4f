"""Builds the daily harvest summary e-mail sent to buyers and the sales desk."""
from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

_ENV_OPTIONS = {
    "autoescape": select_autoescape(enabled_extensions=("html", "xml"), default_for_string=True),
    "trim_blocks": True,
    "lstrip_blocks": True,
}


class HarvestSummaryMailer:
    def __init__(self, sender: str, package: str = "ghops"):
        self.sender = sender
        self.env = Environment(loader=PackageLoader(package, "templates/email"), **_ENV_OPTIONS)

    def build(self, recipient: str, day: dt.date, lots: list[dict], remarks: str) -> EmailMessage:
        context = {
            "day": day.strftime("%A %d %B %Y"),
            "lots": lots,
            "total_kg": sum(l["net_kg"] for l in lots),
            "remarks": remarks,
        }
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = recipient
        msg["Subject"] = f"Harvest summary {day.isoformat()}"
        msg.set_content(self.env.get_template("harvest_summary.txt").render(**context))
        msg.add_alternative(self.env.get_template("harvest_summary.html").render(**context), subtype="html")
        return msg

    def save_preview(self, msg: EmailMessage, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / "preview.eml"
        target.write_bytes(bytes(msg))
        return target
