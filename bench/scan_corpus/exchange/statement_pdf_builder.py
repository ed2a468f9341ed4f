#!/usr/bin/env python3
"""Build a monthly account statement PDF from the statement HTML template.

    statement_pdf_builder.py ACC10293 2024-06 --out /srv/documents
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg
from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = Path(__file__).with_name("templates")
WKHTMLTOPDF = shutil.which("wkhtmltopdf") or "/usr/local/bin/wkhtmltopdf"

env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html"]))


def load_statement(account_id: str, period: str) -> dict:
    with psycopg.connect(os.environ["BACKOFFICE_DSN"]) as conn:
        header = conn.execute(
            "SELECT display_name, address_block, base_currency FROM accounts WHERE id = %s",
            (account_id,),
        ).fetchone()
        if header is None:
            raise SystemExit(f"unknown account {account_id}")
        activity = conn.execute(
            "SELECT trade_date, description, amount, balance FROM statement_lines "
            "WHERE account_id = %s AND period = %s ORDER BY trade_date, seq",
            (account_id, period),
        ).fetchall()
    name, address, ccy = header
    return {"account_id": account_id, "period": period, "name": name,
            "address": address, "currency": ccy, "lines": activity}


def render_pdf(context: dict, dest: Path) -> None:
    html = env.get_template("monthly_statement.html").render(**context)
    with tempfile.TemporaryDirectory(prefix="stmt-") as workdir:
        html_path = Path(workdir) / "statement.html"
        pdf_path = Path(workdir) / "statement.pdf"
        html_path.write_text(html, encoding="utf-8")
        subprocess.run(
            [WKHTMLTOPDF, "--quiet", "--page-size", "A4", str(html_path), str(pdf_path)],
            check=True, timeout=180,
        )
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(pdf_path), dest)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("account_id")
    parser.add_argument("period", help="YYYY-MM")
    parser.add_argument("--out", type=Path, default=Path(os.environ.get("DOCUMENT_ROOT", "/srv/documents")))
    args = parser.parse_args()

    context = load_statement(args.account_id, args.period)
    dest = args.out / args.account_id / f"STM_{args.period.replace('-', '')}.pdf"
    render_pdf(context, dest)
    print(f"{len(context['lines'])} lines -> {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
