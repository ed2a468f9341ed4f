"""Print equipment tag labels for work orders on the maintenance shop label printer."""

import logging
import subprocess
import tempfile
from pathlib import Path

from cmms.client import CmmsClient
from cmms.labels import render_label_pdf
from cmms.settings import load_settings

log = logging.getLogger("wo_labels")


def print_label(printer: str, title: str, pdf: Path, copies: int = 1) -> None:
    cmd = ["lp", "-d", printer, "-n", str(copies), "-t", title, str(pdf)]
    log.info("printing %s on %s", pdf.name, printer)
    subprocess.run(cmd, check=True, timeout=60)


def print_labels_for(work_order_id: int) -> int:
    settings = load_settings()
    client = CmmsClient(settings.cmms_url, token=settings.cmms_token)
    wo = client.get_work_order(work_order_id)

    printed = 0
    with tempfile.TemporaryDirectory(prefix="wo-labels-") as tmp:
        for asset in wo["assets"]:
            pdf = Path(tmp) / f"{asset['tag']}.pdf"
            render_label_pdf(asset, wo, pdf)
            print_label(settings.label_printer, f"WO {wo['id']} {asset['tag']}", pdf)
            printed += 1
    return printed
