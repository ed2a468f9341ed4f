"""Email notifications for reader account events (registration, ticket renewal, password change).

Every notification is written to the audit log with the reader id and event
type; message bodies and anything credential-like are kept out of the logs.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from readers.mail import send_template
from readers.models import Reader, VerificationToken

log = logging.getLogger("readers.notifications")
audit = logging.getLogger("audit.readers")

VERIFY_TTL = timedelta(days=2)


@dataclass
class Notifier:
    db: object
    site_url: str

    def registration(self, reader: Reader) -> None:
        token = secrets.token_urlsafe(32)
        row = VerificationToken.create(
            reader_id=reader.id,
            token=token,
            expires_at=datetime.now(timezone.utc) + VERIFY_TTL,
        )
        self.db.add(row)
        self.db.commit()
        link = f"{self.site_url.rstrip('/')}/account/verify/{token}"
        send_template(reader.email, "verify_email", {"name": reader.display_name, "link": link})
        audit.info("verification email sent reader=%s token_id=%s", reader.id, row.id)

    def password_changed(self, reader: Reader, ip_address: str) -> None:
        send_template(reader.email, "password_changed", {"name": reader.display_name, "ip": ip_address})
        audit.info("password changed reader=%s ip=%s", reader.id, ip_address)

    def ticket_renewed(self, reader: Reader, valid_until: datetime) -> None:
        send_template(reader.email, "ticket_renewed", {"name": reader.display_name, "until": valid_until})
        log.debug("renewal notice queued for reader %s until %s", reader.id, valid_until.date())
