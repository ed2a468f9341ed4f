"""Download links for delivery certificate packs sent by e-mail.

When a consignment ships, the consignee receives an e-mail with a link to
download the certificate pack without needing a portal account.
"""
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from chainmaker.mail import send_template
from chainmaker.models import Consignment, PackDownloadLink
from chainmaker.settings import PUBLIC_BASE_URL


@dataclass
class LinkPolicy:
    token_bytes: int = 32
    ttl: timedelta = timedelta(days=30)


class PackLinkService:
    def __init__(self, session: Session, policy: LinkPolicy | None = None):
        self.session = session
        self.policy = policy or LinkPolicy()

    def _token(self) -> str:
        return secrets.token_urlsafe(self.policy.token_bytes)

    def create_for(self, consignment: Consignment) -> PackDownloadLink:
        link = PackDownloadLink(
            consignment_id=consignment.id,
            token=self._token(),
            expires_at=datetime.now(timezone.utc) + self.policy.ttl,
        )
        self.session.add(link)
        self.session.flush()
        return link

    def notify_consignee(self, consignment: Consignment) -> None:
        link = self.create_for(consignment)
        send_template(
            to=consignment.consignee_email,
            template="pack_ready.html",
            context={
                "order_ref": consignment.order_ref,
                "url": f"{PUBLIC_BASE_URL}/packs/d/{link.token}",
                "expires": link.expires_at.date().isoformat(),
            },
        )
