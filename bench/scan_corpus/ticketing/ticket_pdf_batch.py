"""Batch job that renders print-at-home PDFs for an event's tickets."""
import argparse
import logging
import subprocess
import tempfile
from pathlib import Path

from .rendering import render_ticket_html
from .repository import tickets_for_event

log = logging.getLogger("pdf_batch")

WKHTMLTOPDF = "wkhtmltopdf"
PAGE_ARGS = ["--page-size", "A6", "--orientation", "Landscape", "--quiet"]


def render_pdf(html: str, pdf_path: Path, title: str) -> None:
    with tempfile.TemporaryDirectory(prefix="tixpdf-") as tmp:
        html_path = Path(tmp) / "ticket.html"
        html_path.write_text(html, encoding="utf-8")
        cmd = [WKHTMLTOPDF, *PAGE_ARGS, "--title", title, str(html_path), str(pdf_path)]
        subprocess.run(cmd, check=True, timeout=60, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("event_id", type=int)
    parser.add_argument("--out", type=Path, default=Path("out"))
    args = parser.parse_args(argv)

    args.out.mkdir(parents=True, exist_ok=True)
    failures = 0
    for ticket in tickets_for_event(args.event_id):
        pdf_path = args.out / f"{ticket.id}.pdf"
        try:
            render_pdf(render_ticket_html(ticket), pdf_path, f"{ticket.event_name} - {ticket.holder_name}")
        except subprocess.CalledProcessError as exc:
            failures += 1
            log.error("ticket %s failed: %s", ticket.id, exc.stderr.decode(errors="replace")[:500])
    log.info("rendered tickets for event %s with %d failures", args.event_id, failures)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
