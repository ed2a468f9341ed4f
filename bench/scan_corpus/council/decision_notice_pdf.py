"""Assemble the decision notice pack for a planning application.

Concatenates the signed decision notice with the approved plans using qpdf
so the pack can be published on the public register.
"""
import re
import subprocess
from pathlib import Path

from planning.storage import documents_for, publish_path

QPDF = "qpdf"
REFERENCE_RE = re.compile(r"^\d{2}/\d{5}/[A-Z]{2,4}$")


class PackError(RuntimeError):
    pass


def build_pack(reference: str) -> Path:
    if not REFERENCE_RE.match(reference):
        raise PackError(f"not a planning reference: {reference!r}")

    docs = documents_for(reference)
    notice = docs.decision_notice
    plans = [p for p in docs.approved_plans if p.suffix.lower() == ".pdf"]
    if notice is None:
        raise PackError("no signed decision notice yet")

    out = publish_path(reference) / "decision_pack.pdf"
    out.parent.mkdir(parents=True, exist_ok=True)

    args = [QPDF, "--empty", "--pages", str(notice), *map(str, plans), "--", str(out)]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=180)
    if proc.returncode not in (0, 3):  # 3 = warnings only
        raise PackError(proc.stderr.strip() or "qpdf failed")
    return out
