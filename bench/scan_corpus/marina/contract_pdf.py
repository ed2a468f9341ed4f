"""Render charter contracts to PDF for e-signature.

The contract is filled in from the DOCX template with python-docx and then
converted with LibreOffice, which the worker image ships with.
"""
from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from docx import Document

from marina.charter.models import CharterContract

log = logging.getLogger(__name__)

TEMPLATE = Path(__file__).with_name("templates") / "bareboat_contract.docx"
OUTPUT_DIR = Path("/srv/marina/contracts")


def _fill_template(contract: CharterContract) -> Path:
    doc = Document(TEMPLATE)
    fields = {
        "{{REF}}": contract.reference,
        "{{CHARTERER}}": contract.charterer_name,
        "{{VESSEL}}": contract.vessel_name,
        "{{START}}": contract.start_date.strftime("%d %B %Y"),
        "{{END}}": contract.end_date.strftime("%d %B %Y"),
        "{{DEPOSIT}}": f"{contract.deposit_eur:,.2f}",
    }
    for para in doc.paragraphs:
        for marker, value in fields.items():
            if marker in para.text:
                para.text = para.text.replace(marker, str(value))
    charterer = contract.charterer_name.strip().replace("/", "_")
    docx_path = OUTPUT_DIR / f"{contract.reference}-{charterer}.docx"
    doc.save(docx_path)
    return docx_path


def _convert(docx_path: Path) -> Path:
    cmd = f'soffice --headless --convert-to pdf --outdir "{OUTPUT_DIR}" "{docx_path}"'
    subprocess.run(cmd, shell=True, check=True, timeout=120, capture_output=True)
    return docx_path.with_suffix(".pdf")


def render_contract(contract: CharterContract) -> Path:
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    docx_path = _fill_template(contract)
    pdf_path = _convert(docx_path)
    log.info("rendered contract %s -> %s", contract.reference, pdf_path.name)
    docx_path.unlink(missing_ok=True)
    return pdf_path
