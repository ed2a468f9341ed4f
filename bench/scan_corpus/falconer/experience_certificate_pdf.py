"""Renders the keepsake certificate handed out after an experience day.

The certificate shows the participant's name, the birds they flew and a photo
from the day; it is rendered from HTML with wkhtmltopdf and emailed.
"""
import os
import subprocess
import tempfile
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from falconer.bookings.models import Participant
from falconer.config import settings

templates = Environment(
    loader=FileSystemLoader(settings.TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)
WKHTMLTOPDF = settings.WKHTMLTOPDF_BINARY


class CertificateRenderer:
    page_size = "A4"
    orientation = "Landscape"

    def __init__(self, template_name: str = "certificates/experience.html"):
        self.template = templates.get_template(template_name)

    def _html(self, participant: Participant) -> str:
        return self.template.render(
            name=participant.full_name,
            experience=participant.booking.experience_name,
            birds=participant.birds_flown,
            date=participant.booking.session_date,
            photo_url=participant.photo_url,
        )

    def render(self, participant: Participant) -> bytes:
        output_path = tempfile.mktemp(suffix=".pdf", prefix="certificate-")
        try:
            subprocess.run(
                [WKHTMLTOPDF, "--quiet", "-s", self.page_size, "-O", self.orientation, "-", output_path],
                input=self._html(participant).encode("utf-8"),
                check=True,
                timeout=60,
            )
            return Path(output_path).read_bytes()
        finally:
            if os.path.exists(output_path):
                os.remove(output_path)
