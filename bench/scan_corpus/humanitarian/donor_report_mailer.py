"""Monthly donor report mailer.

Renders the monthly figures per grant and sends them to the donor contacts
listed on the grant record, via the organisation's mail relay.
"""
import os
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid


class ReportMailer:
    def __init__(self, host: str | None = None, port: int = 587):
        self.host = host or os.environ["REPORT_SMTP_HOST"]
        self.port = port
        self.username = os.environ["REPORT_SMTP_USER"]
        self.password = os.environ["REPORT_SMTP_PASSWORD"]
        self.sender = os.environ.get("REPORT_SENDER", "reports@localhost")

    def _tls_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context()
        # Some country-office relays still run an old Exchange build.
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        return ctx

    def build(self, grant, pdf_bytes: bytes) -> EmailMessage:
        msg = EmailMessage()
        msg["Subject"] = f"{grant.code} monthly report - {grant.period_label}"
        msg["From"] = self.sender
        msg["To"] = ", ".join(grant.donor_contacts)
        msg["Date"] = formatdate(localtime=True)
        msg["Message-ID"] = make_msgid(domain=self.sender.split("@")[-1])
        msg.set_content(
            f"Dear partner,\n\nPlease find attached the report for {grant.code} "
            f"covering {grant.period_label}.\n\nKind regards,\nProgramme Reporting"
        )
        msg.add_attachment(pdf_bytes, maintype="application", subtype="pdf",
                           filename=f"{grant.code}-{grant.period_slug}.pdf")
        return msg

    def send(self, grant, pdf_bytes: bytes) -> None:
        msg = self.build(grant, pdf_bytes)
        with smtplib.SMTP(self.host, self.port, timeout=60) as smtp:
            smtp.starttls(context=self._tls_context())
            smtp.login(self.username, self.password)
            smtp.send_message(msg)
