"""Assemble the customs clearance pack (invoice, packing list, phyto certificate) per shipment."""
from __future__ import annotations

import logging
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask, abort, request, send_file

log = logging.getLogger("customs.bundle")
app = Flask(__name__)

DOCS_ROOT = Path("/srv/customs/docs")
OUT_ROOT = Path("/srv/customs/packs")
SHIPMENT_REF = re.compile(r"^[A-Z]{2}\d{6,10}$")

RUN_OPTS: dict[str, Any] = {
    "shell": True,
    "check": True,
    "capture_output": True,
    "timeout": 120,
}


@dataclass
class ClearancePack:
    shipment_ref: str
    consignee: str
    documents: tuple[str, ...] = ("commercial_invoice", "packing_list", "phyto_certificate")

    def sources(self) -> list[str]:
        return [str(DOCS_ROOT / f"{doc}.pdf") for doc in self.documents]

    def output(self) -> Path:
        return OUT_ROOT / f"clearance_{self.shipment_ref}.pdf"


def _merge_command(pack: ClearancePack) -> str:
    inputs = " ".join(pack.sources())
    title = f"Clearance pack {pack.shipment_ref} for {pack.consignee}"
    return f"pdfunite {inputs} {pack.output()} && exiftool -Title='{title}' {pack.output()}"


def build_pack(pack: ClearancePack) -> Path:
    OUT_ROOT.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(_merge_command(pack), **RUN_OPTS)
    log.info("built pack for %s (%d bytes stdout)", pack.shipment_ref, len(result.stdout))
    return pack.output()


@app.post("/customs/packs")
def create_pack():
    shipment_ref = (request.form.get("shipment_ref") or "").strip().upper()
    consignee = (request.form.get("consignee") or "Leaf & Kettle Ltd").strip()
    if not SHIPMENT_REF.match(shipment_ref):
        abort(400, "invalid shipment_ref")
    try:
        path = build_pack(ClearancePack(shipment_ref=shipment_ref, consignee=consignee))
    except subprocess.CalledProcessError as exc:
        log.error("pack build failed: %s", exc.stderr)
        abort(500)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
