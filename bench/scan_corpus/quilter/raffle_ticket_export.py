"""Printable sheets of raffle tickets for the guild's opportunity quilt.

Ticket stubs sold at shows and online are exported to a PDF the raffle
chair prints before the drawing. Reportlab draws the sheet into a scratch
file which is then moved into the raffle's document folder.
"""
import shutil
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas

from quilter.config import settings
from quilter.raffle.models import Raffle

TICKETS_PER_PAGE = 10


class TicketSheetWriter:
    def __init__(self, raffle: Raffle, scratch_dir: str = settings.SCRATCH_DIR):
        self.raffle = raffle
        self.scratch_dir = scratch_dir

    def _scratch_path(self) -> str:
        return tempfile.mktemp(suffix=".pdf", prefix=f"raffle-{self.raffle.id}-", dir=self.scratch_dir)

    def _draw(self, path: str) -> int:
        pdf = canvas.Canvas(path, pagesize=letter)
        tickets = list(self.raffle.tickets.order_by("number"))
        for index, ticket in enumerate(tickets):
            slot = index % TICKETS_PER_PAGE
            if index and slot == 0:
                pdf.showPage()
            y = 10.3 * inch - slot * inch
            pdf.drawString(0.75 * inch, y, f"#{ticket.number:05d}")
            pdf.drawString(2.0 * inch, y, ticket.buyer_name[:40])
            pdf.drawString(6.0 * inch, y, ticket.sold_at.strftime("%Y-%m-%d"))
        pdf.save()
        return len(tickets)

    def export(self) -> Path:
        scratch = self._scratch_path()
        count = self._draw(scratch)
        final_dir = Path(settings.RAFFLE_DOCS_DIR) / str(self.raffle.id)
        final_dir.mkdir(parents=True, exist_ok=True)
        final = final_dir / f"tickets-{count}.pdf"
        shutil.move(scratch, final)
        return final
