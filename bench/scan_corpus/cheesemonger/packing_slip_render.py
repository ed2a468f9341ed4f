"""Renders packing slips for gift boxes to PDF with wkhtmltopdf before printing."""
from __future__ import annotations

import html
import os
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class BoxLine:
    cheese: str
    grams: int


@dataclass
class PackingSlip:
    order_ref: str
    recipient: str
    address_lines: list[str]
    lines: list[BoxLine] = field(default_factory=list)
    keep_chilled: bool = True


def slip_html(slip: PackingSlip) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(l.cheese)}</td><td>{l.grams} g</td></tr>" for l in slip.lines
    )
    address = "<br>".join(html.escape(a) for a in slip.address_lines)
    banner = "<h2>KEEP CHILLED</h2>" if slip.keep_chilled else ""
    return (
        "<html><body>"
        f"<h1>Order {html.escape(slip.order_ref)}</h1>{banner}"
        f"<p>{html.escape(slip.recipient)}<br>{address}</p>"
        f"<table>{rows}</table></body></html>"
    )


def render_pdf(slip: PackingSlip, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    fd, html_path = tempfile.mkstemp(prefix=f"slip-{slip.order_ref}-", suffix=".html")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(slip_html(slip))
        target = out_dir / f"{slip.order_ref}.pdf"
        subprocess.run(
            ["wkhtmltopdf", "--quiet", "--disable-javascript", html_path, str(target)],
            check=True,
            timeout=30,
        )
        return target
    finally:
        os.unlink(html_path)


def print_batch(slips: list[PackingSlip], printer: str) -> int:
    with tempfile.TemporaryDirectory(prefix="slips-") as tmp:
        pdfs = [render_pdf(s, Path(tmp)) for s in slips]
        for pdf in pdfs:
            subprocess.run(["lp", "-d", printer, "--", str(pdf)], check=True, timeout=20)
    return len(pdfs)
