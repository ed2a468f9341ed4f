"""Render monthly payout statements for creators as PDF."""

import os
import subprocess
import tempfile
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

_env = Environment(
    loader=PackageLoader("payouts", "templates"),
    autoescape=select_autoescape(["html"]),
)


def render_statement(creator, payouts, period: str) -> bytes:
    html = _env.get_template("statement.html").render(
        creator=creator, payouts=payouts, period=period
    )
    with tempfile.TemporaryDirectory(prefix="statement-") as workdir:
        src = Path(workdir) / "statement.html"
        out = Path(workdir) / "statement.pdf"
        src.write_text(html, encoding="utf-8")
        subprocess.run(
            ["wkhtmltopdf", "--quiet", "--encoding", "utf-8", str(src), str(out)],
            env={**os.environ, "LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"},
            check=True,
            timeout=60,
        )
        return out.read_bytes()
