"""Print delivery notes and pallet labels at the dispatch office.

Dispatch clerks choose a printer from the list configured for the site;
documents are rendered to PDF by the shipping service beforehand.
"""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, abort, jsonify, request

log = logging.getLogger("glassworks.dispatch.print")
app = Flask(__name__)

DOCUMENT_DIR = Path(os.environ.get("DISPATCH_DOC_DIR", "/var/spool/glassworks/dispatch"))
PRINTERS = {
    "dock-a": "ZEBRA_DOCK_A",
    "dock-b": "ZEBRA_DOCK_B",
    "office": "HP_DISPATCH_OFFICE",
}


@dataclass
class PrintRequest:
    printer_key: str
    document_no: int
    copies: int

    def argv(self) -> list[str]:
        queue = PRINTERS[self.printer_key]
        path = DOCUMENT_DIR / f"{self.document_no}.pdf"
        return ["lp", "-d", queue, "-n", str(self.copies), "--", str(path)]


@app.post("/dispatch/print")
def print_document():
    data = request.get_json(force=True)
    job = PrintRequest(
        printer_key=str(data.get("printer", "")),
        document_no=int(data["document_no"]),
        copies=max(1, min(int(data.get("copies", 1)), 5)),
    )
    if job.printer_key not in PRINTERS:
        abort(400, "unknown printer")
    result = subprocess.run(job.argv(), capture_output=True, text=True, timeout=20, check=False)
    if result.returncode != 0:
        log.warning("lp failed for document %s: %s", job.document_no, result.stderr.strip())
        abort(502, "print failed")
    return jsonify(queued=result.stdout.strip())
