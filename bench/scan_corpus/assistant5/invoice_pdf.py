"""Render invoice PDFs with wkhtmltopdf."""
import subprocess
import tempfile
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

env = Environment(
    loader=PackageLoader("billing", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)


def render_invoice_pdf(invoice: dict, wkhtmltopdf: str = "wkhtmltopdf") -> bytes:
    html = env.get_template("invoice.html").render(invoice=invoice)

    with tempfile.TemporaryDirectory(prefix="invoice-") as workdir:
        html_path = Path(workdir) / "invoice.html"
        pdf_path = Path(workdir) / "invoice.pdf"
        html_path.write_text(html, encoding="utf-8")

        subprocess.run(
            [wkhtmltopdf, "--quiet", "--disable-javascript", "--disable-local-file-access",
             "--allow", workdir, "--page-size", "A4", str(html_path), str(pdf_path)],
            check=True,
            timeout=60,
        )
        return pdf_path.read_bytes()


def render_to_file(invoice: dict, dest_dir: Path) -> Path:
    dest_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=dest_dir, prefix="inv-", suffix=".pdf", delete=False) as fh:
        fh.write(render_invoice_pdf(invoice))
        tmp_name = fh.name
    final = dest_dir / f"{invoice['number']}.pdf"
    Path(tmp_name).replace(final)
    return final
